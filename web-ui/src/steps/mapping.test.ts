import { describe, expect, it } from 'vitest';
import { caseView } from '../test/fixtures';
import { availableSteps, openRequiredSteps, stepByPath, stepForChecklistLine, STEPS } from './definitions';
import { initialValues, localInputToInstant, splitList, toLocalInput, toRequestBody } from './mapping';

const step = (path: string) => stepByPath(path)!;

describe('the step forms\' field mapping', () => {
  it('turns the local time of the form into an instant (Europe/Amsterdam in these tests)', () => {
    expect(localInputToInstant('2026-11-20T10:00')).toBe('2026-11-20T09:00:00.000Z');
    expect(localInputToInstant('2026-07-01T10:00')).toBe('2026-07-01T08:00:00.000Z');
    expect(localInputToInstant('')).toBeNull();
    expect(localInputToInstant('yesterday')).toBeNull();
    expect(toLocalInput(new Date('2026-11-20T09:05:00Z'))).toBe('2026-11-20T10:05');
  });

  it('sends the victim conversation with its yes/no answers always, its lists as arrays, blank text left out', () => {
    const body = toRequestBody(step('victim-conversation'), {
      occurredAt: '2026-11-20T10:00', victim: ' P-1 ', parentsPresent: true, attendeeRoles: ['CARE_COORDINATOR'],
      concerns: 'bang dat het verder gaat', perpetratorsKnown: false, measuresPromised: '   ',
    });
    expect(body).toEqual({
      occurredAt: '2026-11-20T09:00:00.000Z', victim: 'P-1', parentsPresent: true,
      attendeeRoles: ['CARE_COORDINATOR'], concerns: 'bang dat het verder gaat', perpetratorsKnown: false,
    });
  });

  it('sends a person\'s facts as one object, the people they shared with as a list', () => {
    expect(toRequestBody(step('person-facts'), {
      occurredAt: '2026-11-20T10:00', person: 'P-1', 'facts.acts': ['PICTURED', 'MADE_IMAGE', 'SHARED'],
      'facts.madeVoluntarily': true, 'facts.sharedVoluntarily': true, 'facts.sharedWith': 'P-2', 'facts.age': '15',
      'facts.ageBand': '', 'facts.affiliation': 'PUPIL_OF_THIS_SCHOOL', 'facts.sector': 'VO', reason: '',
    })).toEqual({
      occurredAt: '2026-11-20T09:00:00.000Z', person: 'P-1', facts: {
        acts: ['PICTURED', 'MADE_IMAGE', 'SHARED'], madeVoluntarily: true, sharedVoluntarily: true, sharedWith: ['P-2'],
        age: '15', affiliation: 'PUPIL_OF_THIS_SCHOOL', sector: 'VO',
      },
    });
  });

  it('leaves the board\'s reporting-duty track after the board is informed to the board\'s own role', () => {
    expect(step('confidential-inspector-consulted').roles).toEqual(['BOARD_ADMINISTRATOR']);
    expect(step('aangifte-announced').roles).toEqual(['BOARD_ADMINISTRATOR']);
    expect(step('aangifte-decision').roles).toEqual(['BOARD_ADMINISTRATOR']);
    expect(step('board-informed').roles).toContain('SCHOOL_LEADER');
  });

  it('sends a sanction with its days as days', () => {
    expect(toRequestBody(step('sanctions'), {
      occurredAt: '2026-11-20T10:00', person: 'P-2', kind: 'SUSPENSION', from: '2026-11-23', until: '2026-11-24',
      reason: 'schorsing',
    })).toEqual({
      occurredAt: '2026-11-20T09:00:00.000Z', person: 'P-2', kind: 'SUSPENSION', from: '2026-11-23',
      until: '2026-11-24', reason: 'schorsing',
    });
  });

  it('sends the team briefing\'s staff as a list of references', () => {
    const body = toRequestBody(step('team-briefing'), {
      occurredAt: '2026-11-20T10:00', staff: 'S-1, S-2;\nS-3 ,', sharedSummary: 'Er speelt een incident',
      namesShared: false, classDiscussion: 'MENTOR_CONVERSATION', discussionLead: 'S-1',
    });
    expect(body.staff).toEqual(['S-1', 'S-2', 'S-3']);
    expect(body.namesShared).toBe(false);
    expect(body.classDiscussion).toBe('MENTOR_CONVERSATION');
  });

  it('sends a reason per skipped step when closing, only those filled in', () => {
    const body = toRequestBody(step('close'), {
      occurredAt: '2026-11-24T16:00', outcome: 'RESOLVED', evaluation: 'geen herhaling',
      skippedStepReasons: { SANCTIONS: ' geen dader bekend ', VICTIM_CONVERSATION: '' },
    });
    expect(body).toEqual({
      occurredAt: '2026-11-24T15:00:00.000Z', outcome: 'RESOLVED', evaluation: 'geen herhaling',
      skippedStepReasons: { SANCTIONS: 'geen dader bekend' },
    });
  });

  it('sends a step without fields with its moment only, and the end of an access grant as an instant', () => {
    expect(toRequestBody(step('board-informed'), { occurredAt: '2026-11-20T10:00' }))
      .toEqual({ occurredAt: '2026-11-20T09:00:00.000Z' });
    expect(toRequestBody(step('access-grants'), { occurredAt: '2026-11-20T10:00', grantee: 'ext-1', until: '2026-12-01T17:00' }))
      .toEqual({ occurredAt: '2026-11-20T09:00:00.000Z', grantee: 'ext-1', until: '2026-12-01T16:00:00.000Z' });
  });

  it('leaves an unchosen code out, so the service names the missing field', () => {
    expect(toRequestBody(step('evidence-location'), { occurredAt: '', location: '' })).toEqual({});
  });

  it('starts a form at now, with the only victim filled in and a reason box per open required step', () => {
    const view = caseView();
    const now = new Date('2026-11-20T09:05:00Z');
    expect(initialValues(step('victim-conversation'), view, now)).toMatchObject({
      occurredAt: '2026-11-20T10:05', victim: 'P-1', parentsPresent: false, attendeeRoles: [],
    });
    // two perpetrators: no guess
    expect(initialValues(step('sanctions'), view, now).person).toBe('');
    expect(initialValues(step('close'), view, now).skippedStepReasons).toEqual({ VICTIM_CONVERSATION: '', SANCTIONS: '' });
    expect(openRequiredSteps(view)).toEqual(['VICTIM_CONVERSATION', 'SANCTIONS']);
  });

  it('offers each role the steps it may record, reopening only on a closed case', () => {
    const open = caseView();
    const leader = availableSteps(open, 'SCHOOL_LEADER').map((s) => s.path);
    const careSteps = availableSteps(open, 'CARE_COORDINATOR');
    const care = careSteps.map((s) => s.path);
    expect(leader).toContain('sanctions');
    expect(leader).toContain('close');
    expect(leader).not.toContain('reopen');
    expect(leader).not.toContain('board-informed');
    expect(care).toContain('victim-conversation');
    expect(care).not.toContain('sanctions');
    expect(care).not.toContain('close');
    expect(availableSteps(open, 'TEAM_MEMBER')).toEqual([]);
    expect(availableSteps(caseView({ status: 'CLOSED' }), 'SCHOOL_LEADER').map((s) => s.path)).toEqual(['reopen']);
    expect(availableSteps(caseView({ reportingDutyTrack: true }), 'SCHOOL_LEADER').map((s) => s.path))
      .toEqual(expect.arrayContaining(['board-informed']));
    expect(availableSteps(caseView({ reportingDutyTrack: true }), 'SCHOOL_LEADER').map((s) => s.path))
      .not.toContain('aangifte-decision');
    expect(availableSteps(caseView({ reportingDutyTrack: true }), 'BOARD_ADMINISTRATOR').map((s) => s.path)).toEqual([
      'board-informed', 'confidential-inspector-consulted', 'aangifte-announced', 'aangifte-decision']);
    expect(stepForChecklistLine('SANCTIONS', careSteps)).toBeUndefined();
    expect(stepForChecklistLine('SANCTIONS', availableSteps(open, 'SCHOOL_LEADER'))?.path).toBe('sanctions');
  });

  it('covers every step of the case API, each path once', () => {
    const paths = STEPS.map((s) => s.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual(['aangifte-announced', 'aangifte-decision', 'access-grants', 'aftercare-conversations',
      'assessment', 'board-informed', 'bystander-conversations', 'close', 'confidential-inspector-consulted', 'distribution-ban', 'evidence-location',
      'further-distribution', 'guardians-informed', 'meldcode-steps', 'people', 'perpetrator-conversations', 'person-facts',
      'police-contact', 'press-statement', 'reopen', 'reporting-option', 'role-changes', 'sanction-formalities',
      'sanctions', 'sextortion-advice', 'skipped-steps', 'spokesperson', 'support', 'takedown', 'team-briefing',
      'victim-conversation']);
  });

  it('splits lists on commas, semicolons and lines', () => {
    expect(splitList(' 3, havo 4 ;\n5 ')).toEqual(['3', 'havo 4', '5']);
    expect(splitList('')).toEqual([]);
  });
});
