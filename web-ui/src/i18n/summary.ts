import type { TFunction } from 'i18next';
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
