import { describe, expect, it } from 'vitest';
import type { ChecklistLine, TimelineEntry } from '../api/types';
import { caseView } from '../test/fixtures';
import { hoursUntil, tracksOf, voiceOf } from './tracks';

const line = (step: string, state: ChecklistLine['state'], dueAt: string | null = null): ChecklistLine =>
  ({ step, required: state !== 'NOT_APPLICABLE', state, dueAt, overdue: false, reason: null });

const entry = (type: string, summary: Record<string, string>, sequence = 1): TimelineEntry => ({
  eventId: `e-${sequence}-${type}`, caseId: 'case-1', boardId: 'demo-board', sequence, type,
  occurredAt: '2026-11-20T09:00:00Z', recordedAt: '2026-11-20T09:00:00Z', actorId: null, actorRole: null, summary,
});

describe('the tracks of a case', () => {
  it('are none while only the general steps apply', () => {
    const view = caseView({ checklist: [line('VICTIM_CONVERSATION', 'OPEN'), line('SEXTORTION_ADVICE', 'NOT_APPLICABLE'),
      line('BOARD_INFORMED', 'NOT_APPLICABLE'), line('SUSPENSION_FORMALITIES', 'NOT_APPLICABLE')] });
    expect(tracksOf(view)).toEqual([]);
  });

  it('list the sextortion track with police contact first, counted in hours', () => {
    const view = caseView({ checklist: [line('POLICE_CONTACT', 'OPEN', '2026-11-20T13:00:00Z'),
      line('SEXTORTION_ADVICE', 'OPEN', '2026-11-20T13:00:00Z')] });
    const [sextortion] = tracksOf(view);
    expect(sextortion.track).toBe('SEXTORTION');
    expect(sextortion.inHours).toBe(true);
    expect(sextortion.lines.map((l) => l.step)).toEqual(['POLICE_CONTACT', 'SEXTORTION_ADVICE']);
  });

  it('keep the board\'s steps in the law\'s order and put finished tracks after open ones', () => {
    const view = caseView({ checklist: [line('AANGIFTE_DECISION', 'OPEN'), line('SUSPENSION_FORMALITIES', 'DONE'),
      line('BOARD_INFORMED', 'DONE'), line('AANGIFTE_ANNOUNCED', 'OPEN'), line('CONFIDENTIAL_INSPECTOR_CONSULTED', 'DONE')] });
    const tracks = tracksOf(view);
    expect(tracks.map((t) => [t.track, t.open])).toEqual([['REPORTING_DUTY', true], ['SUSPENSION', false]]);
    expect(tracks[0].lines.map((l) => l.step))
      .toEqual(['BOARD_INFORMED', 'CONFIDENTIAL_INSPECTOR_CONSULTED', 'AANGIFTE_ANNOUNCED', 'AANGIFTE_DECISION']);
  });

  it('count hours down to the due moment, and below zero after it', () => {
    const now = new Date('2026-11-20T09:30:00Z');
    expect(hoursUntil('2026-11-20T13:00:00Z', now)).toBe(3);
    expect(hoursUntil('2026-11-20T08:00:00Z', now)).toBe(-2);
  });
});

describe('the victim\'s voice', () => {
  it('is empty before anything was asked', () => {
    expect(voiceOf([entry('IncidentReported', { people: '2' })])).toEqual({
      police: null, classDiscussion: null, aftercarePlanned: 0, aftercareHeld: 0, bystandersSpokenTo: 0, takedown: null,
      sanctions: [],
    });
  });

  it('holds the latest wishes next to the decisions, the aftercare and the sanctions with formalities', () => {
    const voice = voiceOf([
      entry('PoliceContacted', { step: 'POLICE_CONTACT', decision: 'ADVICE_ONLY', victimWish: 'NOT_ASKED' }, 1),
      entry('PoliceContacted', { step: 'POLICE_CONTACT', decision: 'MELDING', victimWish: 'DOES_NOT_WANT', parentsWish: 'WANTS_REPORT' }, 2),
      entry('TeamBriefed', { classDiscussion: 'MENTOR_CONVERSATION', victimWish: 'OBJECTS', parentsWish: 'AGREES' }, 3),
      entry('AftercarePlanned', { person: 'P-1', conversationsPlanned: '2' }, 4),
      entry('AftercareConversationHeld', { person: 'P-1' }, 5),
      entry('SanctionImposed', { person: 'P-2', kind: 'DETENTION' }, 6),
      entry('SanctionImposed', { person: 'P-3', kind: 'SUSPENSION', from: '2026-11-23', until: '2026-11-25' }, 7),
    ]);
    expect(voice.police).toEqual({ decision: 'MELDING', victimWish: 'DOES_NOT_WANT', parentsWish: 'WANTS_REPORT' });
    expect(voice.classDiscussion).toEqual({ decision: 'MENTOR_CONVERSATION', victimWish: 'OBJECTS', parentsWish: 'AGREES' });
    expect([voice.aftercarePlanned, voice.aftercareHeld]).toEqual([2, 1]);
    expect(voice.sanctions).toEqual([{ person: 'P-3', kind: 'SUSPENSION', from: '2026-11-23', until: '2026-11-25' }]);
  });
});
