import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { setupI18n } from './index';
import { auditTypeLabel, summaryText } from './summary';

beforeAll(() => {
  setupI18n('nl');
});

describe('codes-only summaries in words', () => {
  it('names each key and translates each value in its own code list', () => {
    const t = i18next.getFixedT('nl');
    expect(summaryText(t, { decision: 'MELDING', decidedByRole: 'SCHOOL_LEADER', parentsPresent: 'true', policeReference: 'PL09-123' }))
      .toBe('besluit: Melding · besloten door: Schoolleider / directeur · ouders erbij: Ja · kenmerk politie: PL09-123');
    expect(summaryText(t, { kind: 'SUSPENSION', person: 'P-2' })).toBe('soort: Schorsing · persoon: P-2');
    expect(summaryText(t, { skippedSteps: 'SANCTIONS,TEAM_BRIEFING' }))
      .toBe('overgeslagen stappen: Maatregelen voor de dader(s), Het team betrekken');
    expect(summaryText(t, { somethingNew: 'X', empty: '' })).toBe('somethingNew: X');
    expect(summaryText(t, null)).toBe('');
  });

  it('says in English what the English reader sees', () => {
    const t = i18next.getFixedT('en');
    expect(summaryText(t, { location: 'WITH_POLICE', namesShared: 'false' })).toBe('evidence: With the police · names shared: No');
  });

  it('names what an audit entry records: a step, a message or a read', () => {
    const t = i18next.getFixedT('nl');
    expect(auditTypeLabel(t, 'SanctionImposed')).toBe('Maatregel genomen');
    expect(auditTypeLabel(t, 'TEAM_BRIEFING')).toBe('Informatie voor het team');
    expect(auditTypeLabel(t, 'CASE_TIMELINE')).toBe('Tijdlijn ingezien');
    expect(auditTypeLabel(t, 'ActivityScheduled')).toBe('ActivityScheduled');
  });
});
