import type { TFunction } from 'i18next';
import type { PersonFacts } from '../api/types';
import { codeLabel, roleLabel, type CodeGroup } from './index';

// The codes-only summaries of the timeline and the audit trail ({"decision": "MELDING", "parentsPresent": "true"})
// in words: each key's label, each value in the code list it belongs to.

const GROUP_OF: Record<string, CodeGroup | CodeGroup[]> = {
  cameToLightHow: 'CameToLight',
  materialKind: 'MaterialKind',
  platforms: 'Platform',
  role: 'PersonRole',
  from: 'PersonRole',
  to: 'PersonRole',
  kind: ['SanctionKind', 'SupportKind', 'PersonKind', 'ActivityKind'],
  recipient: 'SupportRecipient',
  decision: 'PoliceDecision',
  location: 'EvidenceLocation',
  scope: 'BanScope',
  classDiscussion: 'ClassDiscussion',
  fact: 'GuardianFact',
  step: 'ProtocolStep',
  steps: 'ProtocolStep',
  skippedSteps: 'ProtocolStep',
  outcome: ['Outcome', 'TakedownOutcome'],
  victimWish: ['ReportWish', 'DiscussionWish'],
  parentsWish: ['ReportWish', 'DiscussionWish'],
  reportedTo: 'TakedownChannel',
  view: 'ReadKind',
  messageKind: 'MessageKind',
  recipientKind: 'RecipientKind',
  channel: 'Channel',
  status: 'DeliveryStatus',
};

const ROLE_KEYS = ['decidedByRole', 'approvedByRole', 'actorRole'];

function one(t: TFunction, key: string, value: string): string {
  if (value === 'true') return t('common.yes');
  if (value === 'false') return t('common.no');
  if (ROLE_KEYS.includes(key)) return roleLabel(t, value);
  const groups = GROUP_OF[key];
  if (!groups) return value;
  for (const group of Array.isArray(groups) ? groups : [groups]) {
    const label = t(`codes.${group}.${value}`, { defaultValue: '' });
    if (label) return label;
  }
  return codeLabel(t, Array.isArray(groups) ? groups[0] : groups, value);
}

/** "besluit: Melding · ouders erbij: Ja" */
export function summaryText(t: TFunction, summary: Record<string, unknown> | null | undefined): string {
  if (!summary) return '';
  return Object.entries(summary)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => {
      const values = Array.isArray(value) ? value.map(String)
        : typeof value === 'string' && /^[A-Z_]+(,[A-Z_]+)+$/.test(value) ? value.split(',')
          : [typeof value === 'object' ? JSON.stringify(value) : String(value)];
      return `${t(`summary.${key}`, { defaultValue: key })}: ${values.map((v) => one(t, key, v)).join(', ')}`;
    })
    .join(' · ');
}

/** What an audit entry records, in words: a step, a message, a read. */
export function auditTypeLabel(t: TFunction, type: string): string {
  for (const group of ['EventType', 'MessageKind', 'ReadKind'] as const) {
    const label = t(`codes.${group}.${type}`, { defaultValue: '' });
    if (label) return label;
  }
  return type;
}

/**
 * What is known of a person, in words: "deed: Maakte het beeld, Stuurde het door · vrijwillig gemaakt: Ja ·
 * leeftijd 14 (12 tot en met 17) · Leerling van deze school · Voortgezet onderwijs". Who they are to the school and
 * the sector speak for themselves; what was not recorded is left out.
 */
export function personFactsText(t: TFunction, facts: PersonFacts | null | undefined): string {
  if (!facts) return '';
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const band = facts.ageBand ? codeLabel(t, 'AgeBand', facts.ageBand) : null;
  const parts = [
    facts.acts.length > 0 ? `${t('summary.acts')}: ${facts.acts.map((act) => codeLabel(t, 'Act', act)).join(', ')}` : null,
    facts.madeVoluntarily === null ? null : `${t('summary.madeVoluntarily')}: ${yesNo(facts.madeVoluntarily)}`,
    facts.sharedVoluntarily === null ? null : `${t('summary.sharedVoluntarily')}: ${yesNo(facts.sharedVoluntarily)}`,
    facts.sharedWith.length > 0 ? `${t('summary.sharedWith')}: ${facts.sharedWith.join(', ')}` : null,
    facts.age !== null ? `${t('summary.age')} ${facts.age}${band ? ` (${band})` : ''}` : band && `${t('summary.age')}: ${band}`,
    facts.affiliation && codeLabel(t, 'Affiliation', facts.affiliation),
    facts.sector && codeLabel(t, 'Sector', facts.sector),
  ];
  return parts.filter(Boolean).join(' · ');
}
