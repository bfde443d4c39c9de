import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { setupI18n } from './index';
import { auditTypeLabel, personFactsText, summaryText } from './summary';

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

  it('puts the facts about a person in words, leaving out what was not recorded', () => {
    const nl = i18next.getFixedT('nl');
    expect(personFactsText(nl, {
      acts: ['MADE_IMAGE', 'FORWARDED'], madeVoluntarily: true, sharedVoluntarily: null, sharedWith: ['P-3'],
      age: 14, ageBand: 'FROM_12_TO_17', affiliation: 'PUPIL_OF_THIS_SCHOOL', sector: 'VO',
    })).toBe('deed: Maakte het beeld, Stuurde het door · vrijwillig gemaakt: Ja · gedeeld met: P-3 · '
      + 'leeftijd 14 (12 tot en met 17) · Leerling van deze school · Voortgezet onderwijs');
    const en = i18next.getFixedT('en');
    expect(personFactsText(en, {
      acts: [], madeVoluntarily: null, sharedVoluntarily: false, sharedWith: [],
      age: null, ageBand: 'FROM_18_TO_22', affiliation: null, sector: null,
    })).toBe('shared voluntarily: No · age: 18 to 22');
    expect(personFactsText(nl, null)).toBe('');
    expect(personFactsText(nl, undefined)).toBe('');
  });
});
