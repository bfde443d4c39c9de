import type { Role } from '../auth/identity';
import type { CaseView } from '../api/types';
import type { CodeGroup } from '../i18n';

// Every protocol step the case API takes (POST /api/cases/{caseId}/{path}; docs/protocol-api.md), as a form:
// which fields, of which kind, who may record it, and which checklist line it serves. Field names are the API's.

export type FieldKind =
  | 'text' // one line of text
  | 'textarea' // free text
  | 'boolean' // a yes/no checkbox, always sent
  | 'select' // one code
  | 'multi' // several codes
  | 'person' // one person reference (pupil or staff number)
  | 'people' // several person references, comma separated
  | 'day' // yyyy-mm-dd
  | 'moment' // a date and time, sent as an instant
  | 'stepReasons'; // close: a reason per open required step

/** Where the select's options come from: a code group of the API, or the staff roles. */
export type Options = CodeGroup | 'roles';

/** Which people of the case to suggest for a person field. */
export type Suggest = 'victims' | 'perpetrators' | 'pupils' | 'staff' | 'all';

export interface FieldDef {
  name: string;
  kind: FieldKind;
  /** key under `fields.` for the label */
  label: string;
  required?: boolean;
  options?: Options;
  suggest?: Suggest;
  /** a moment that may lie in the future (the end of an access grant) */
  future?: boolean;
}

export interface StepDef {
  path: string;
  /** the checklist lines this step serves */
  serves: string[];
  roles: readonly Role[];
  fields: FieldDef[];
  /** only on a case where a staff member is involved */
  reportingDuty?: boolean;
  /** available on a closed case (reopen) instead of an open one */
  onClosed?: boolean;
}

const LEADER: readonly Role[] = ['SCHOOL_LEADER'];
/** The board's reporting duty is the board's own (bevoegd gezag): its administrators record it. */
const BOARD: readonly Role[] = ['BOARD_ADMINISTRATOR'];
const LEADER_OR_BOARD: readonly Role[] = ['SCHOOL_LEADER', 'BOARD_ADMINISTRATOR'];
const CASE_WORKERS: readonly Role[] = ['SCHOOL_LEADER', 'CARE_COORDINATOR', 'CONFIDENTIAL_COUNSELLOR'];

/** The staff roles a conversation or decision names. */
export const STAFF_ROLE_CODES = ['SCHOOL_LEADER', 'CARE_COORDINATOR', 'CONFIDENTIAL_COUNSELLOR', 'TEAM_MEMBER'] as const;

/** In the protocol's order. */
export const STEPS: StepDef[] = [
  {
    path: 'person-facts', serves: [], roles: CASE_WORKERS, fields: [
      { name: 'person', kind: 'person', label: 'person', required: true, suggest: 'all' },
      { name: 'facts.acts', kind: 'multi', label: 'acts', options: 'Act', required: true },
      { name: 'facts.madeVoluntarily', kind: 'boolean', label: 'madeVoluntarily' },
      { name: 'facts.sharedVoluntarily', kind: 'boolean', label: 'sharedVoluntarily' },
      { name: 'facts.sharedWith', kind: 'people', label: 'sharedWith', suggest: 'all' },
      { name: 'facts.age', kind: 'text', label: 'age' },
      { name: 'facts.ageBand', kind: 'select', label: 'ageBand', options: 'AgeBand' },
      { name: 'facts.affiliation', kind: 'select', label: 'affiliation', options: 'Affiliation', required: true },
      { name: 'facts.sector', kind: 'select', label: 'sector', options: 'Sector' },
      { name: 'reason', kind: 'textarea', label: 'factsReason' },
    ],
  },
  {
    path: 'assessment', serves: [], roles: LEADER, fields: [
      { name: 'meldcodeApplies', kind: 'boolean', label: 'meldcodeApplies' },
      { name: 'reason', kind: 'textarea', label: 'deviationReason' },
    ],
  },
  {
    path: 'victim-conversation', serves: ['VICTIM_CONVERSATION'], roles: CASE_WORKERS, fields: [
      { name: 'victim', kind: 'person', label: 'victim', required: true, suggest: 'victims' },
      { name: 'parentsPresent', kind: 'boolean', label: 'parentsPresent' },
      { name: 'attendeeRoles', kind: 'multi', label: 'attendeeRoles', options: 'roles' },
      { name: 'concerns', kind: 'textarea', label: 'concerns' },
      { name: 'perpetratorsKnown', kind: 'boolean', label: 'perpetratorsKnown' },
      { name: 'measuresPromised', kind: 'textarea', label: 'measuresPromised' },
    ],
  },
  {
    path: 'support', serves: ['VICTIM_CONVERSATION'], roles: CASE_WORKERS, fields: [
      { name: 'recipient', kind: 'select', label: 'recipient', options: 'SupportRecipient', required: true },
      { name: 'kind', kind: 'select', label: 'supportKind', options: 'SupportKind', required: true },
    ],
  },
  {
    path: 'perpetrator-conversations', serves: ['PERPETRATOR_CONVERSATIONS'], roles: CASE_WORKERS, fields: [
      { name: 'person', kind: 'person', label: 'person', required: true, suggest: 'perpetrators' },
      { name: 'parentsPresent', kind: 'boolean', label: 'parentsPresent' },
      { name: 'offenceExplained', kind: 'boolean', label: 'offenceExplained' },
      { name: 'notes', kind: 'textarea', label: 'notes' },
    ],
  },
  {
    path: 'sanctions', serves: ['SANCTIONS'], roles: LEADER, fields: [
      { name: 'person', kind: 'person', label: 'person', required: true, suggest: 'perpetrators' },
      { name: 'kind', kind: 'select', label: 'sanctionKind', options: 'SanctionKind', required: true },
      { name: 'from', kind: 'day', label: 'from' },
      { name: 'until', kind: 'day', label: 'until' },
      { name: 'reason', kind: 'textarea', label: 'reason', required: true },
    ],
  },
  {
    path: 'sanction-formalities', serves: ['SUSPENSION_FORMALITIES', 'EXPULSION_PROCEDURE'], roles: LEADER, fields: [
      { name: 'person', kind: 'person', label: 'person', required: true, suggest: 'perpetrators' },
      { name: 'formality', kind: 'select', label: 'formality', options: 'SanctionFormality', required: true },
    ],
  },
  {
    path: 'police-contact', serves: ['POLICE_CONTACT'], roles: LEADER, fields: [
      { name: 'decision', kind: 'select', label: 'decision', options: 'PoliceDecision', required: true },
      { name: 'decidedByRole', kind: 'select', label: 'decidedByRole', options: 'roles', required: true },
      { name: 'policeReference', kind: 'text', label: 'policeReference' },
      { name: 'victimWish', kind: 'select', label: 'victimReportWish', options: 'ReportWish', required: true },
      { name: 'parentsWish', kind: 'select', label: 'parentsReportWish', options: 'ReportWish', required: true },
    ],
  },
  {
    path: 'sextortion-advice', serves: ['SEXTORTION_ADVICE'], roles: CASE_WORKERS, fields: [
      { name: 'evidenceKeptWithVictim', kind: 'boolean', label: 'evidenceKeptWithVictim' },
      { name: 'noContactWithExtorter', kind: 'boolean', label: 'noContactWithExtorter' },
      { name: 'helpSites', kind: 'multi', label: 'helpSites', options: 'HelpSite', required: true },
    ],
  },
  {
    path: 'meldcode-steps', serves: ['MELDCODE'], roles: CASE_WORKERS, fields: [
      { name: 'step', kind: 'select', label: 'meldcodeStep', options: 'MeldcodeStep', required: true },
      { name: 'byRole', kind: 'select', label: 'meldcodeRole', options: 'MeldcodeRole', required: true },
      { name: 'veiligThuisConsulted', kind: 'boolean', label: 'veiligThuisConsulted' },
      { name: 'decision', kind: 'select', label: 'meldcodeDecision', options: 'MeldcodeDecision' },
    ],
  },
  {
    path: 'reporting-option', serves: ['REPORTING_OPTION_EXPLAINED'], roles: CASE_WORKERS, fields: [
      { name: 'parentsInformed', kind: 'boolean', label: 'parentsInformed' },
    ],
  },
  {
    path: 'evidence-location', serves: ['EVIDENCE_LOCATION'], roles: CASE_WORKERS, fields: [
      { name: 'location', kind: 'select', label: 'location', options: 'EvidenceLocation', required: true },
    ],
  },
  {
    path: 'distribution-ban', serves: ['DISTRIBUTION_BAN'], roles: LEADER, fields: [
      { name: 'scope', kind: 'select', label: 'scope', options: 'BanScope', required: true },
      { name: 'sanctionAnnounced', kind: 'boolean', label: 'sanctionAnnounced' },
    ],
  },
  {
    path: 'further-distribution', serves: ['DISTRIBUTION_BAN'], roles: CASE_WORKERS, fields: [
      { name: 'person', kind: 'person', label: 'person', required: true, suggest: 'pupils' },
      { name: 'description', kind: 'textarea', label: 'description' },
    ],
  },
  {
    path: 'bystander-conversations', serves: ['BYSTANDER_CONVERSATIONS'], roles: CASE_WORKERS, fields: [
      { name: 'bystander', kind: 'person', label: 'bystander', required: true, suggest: 'pupils' },
      { name: 'toldToDelete', kind: 'boolean', label: 'toldToDelete' },
      { name: 'toldNotToShare', kind: 'boolean', label: 'toldNotToShare' },
    ],
  },
  {
    path: 'takedown', serves: ['TAKEDOWN'], roles: CASE_WORKERS, fields: [
      { name: 'reportedTo', kind: 'select', label: 'reportedTo', options: 'TakedownChannel', required: true },
      { name: 'outcome', kind: 'select', label: 'takedownOutcome', options: 'TakedownOutcome', required: true },
    ],
  },
  {
    path: 'team-briefing', serves: ['TEAM_BRIEFING'], roles: LEADER, fields: [
      { name: 'staff', kind: 'people', label: 'staff', required: true, suggest: 'staff' },
      { name: 'sharedSummary', kind: 'textarea', label: 'sharedSummary', required: true },
      { name: 'namesShared', kind: 'boolean', label: 'namesShared' },
      { name: 'classDiscussion', kind: 'select', label: 'classDiscussion', options: 'ClassDiscussion', required: true },
      { name: 'discussionLead', kind: 'person', label: 'discussionLead', suggest: 'staff' },
      { name: 'victimWish', kind: 'select', label: 'victimDiscussionWish', options: 'DiscussionWish' },
      { name: 'parentsWish', kind: 'select', label: 'parentsDiscussionWish', options: 'DiscussionWish' },
      { name: 'discussionReason', kind: 'textarea', label: 'discussionReason' },
    ],
  },
  {
    path: 'aftercare-conversations', serves: ['AFTERCARE'], roles: CASE_WORKERS, fields: [
      { name: 'victim', kind: 'person', label: 'victim', required: true, suggest: 'victims' },
      { name: 'notes', kind: 'textarea', label: 'notes' },
    ],
  },
  {
    path: 'spokesperson', serves: ['PRESS_READINESS'], roles: LEADER, fields: [
      { name: 'staffMember', kind: 'person', label: 'staffMember', required: true, suggest: 'staff' },
    ],
  },
  {
    path: 'press-statement', serves: ['PRESS_READINESS'], roles: LEADER, fields: [
      { name: 'text', kind: 'textarea', label: 'text', required: true },
      { name: 'approvedByRole', kind: 'select', label: 'approvedByRole', options: 'roles', required: true },
    ],
  },
  {
    path: 'board-informed', serves: ['BOARD_INFORMED'], roles: LEADER_OR_BOARD, reportingDuty: true, fields: [],
  },
  {
    path: 'confidential-inspector-consulted', serves: ['CONFIDENTIAL_INSPECTOR_CONSULTED'], roles: BOARD,
    reportingDuty: true, fields: [],
  },
  {
    path: 'aangifte-announced', serves: ['AANGIFTE_ANNOUNCED'], roles: BOARD, reportingDuty: true, fields: [
      { name: 'staffMemberTold', kind: 'boolean', label: 'staffMemberTold' },
      { name: 'parentsTold', kind: 'boolean', label: 'parentsTold' },
    ],
  },
  {
    path: 'aangifte-decision', serves: ['AANGIFTE_DECISION'], roles: BOARD, reportingDuty: true, fields: [
      { name: 'aangifteFiled', kind: 'boolean', label: 'aangifteFiled' },
      { name: 'reason', kind: 'textarea', label: 'reason', required: true },
    ],
  },
  {
    path: 'people', serves: [], roles: CASE_WORKERS, fields: [
      { name: 'person', kind: 'person', label: 'person', required: true },
      { name: 'kind', kind: 'select', label: 'kind', options: 'PersonKind', required: true },
      { name: 'role', kind: 'select', label: 'role', options: 'PersonRole', required: true },
    ],
  },
  {
    path: 'role-changes', serves: [], roles: CASE_WORKERS, fields: [
      { name: 'person', kind: 'person', label: 'person', required: true, suggest: 'all' },
      { name: 'role', kind: 'select', label: 'role', options: 'PersonRole', required: true },
      { name: 'reason', kind: 'textarea', label: 'reason' },
    ],
  },
  {
    path: 'guardians-informed', serves: [], roles: CASE_WORKERS, fields: [
      { name: 'pupil', kind: 'person', label: 'pupil', required: true, suggest: 'pupils' },
      { name: 'fact', kind: 'select', label: 'fact', options: 'GuardianFact', required: true },
    ],
  },
  {
    path: 'skipped-steps', serves: [], roles: LEADER, fields: [
      { name: 'step', kind: 'select', label: 'step', options: 'ProtocolStep', required: true },
      { name: 'reason', kind: 'textarea', label: 'reason', required: true },
    ],
  },
  {
    path: 'access-grants', serves: [], roles: LEADER, fields: [
      { name: 'grantee', kind: 'person', label: 'grantee', required: true },
      { name: 'until', kind: 'moment', label: 'grantUntil', required: true, future: true },
    ],
  },
  {
    path: 'close', serves: [], roles: LEADER, fields: [
      { name: 'outcome', kind: 'select', label: 'outcome', options: 'Outcome', required: true },
      { name: 'evaluation', kind: 'textarea', label: 'evaluation' },
      { name: 'skippedStepReasons', kind: 'stepReasons', label: 'skippedStepReasons' },
    ],
  },
  {
    path: 'reopen', serves: [], roles: LEADER, onClosed: true, fields: [
      { name: 'reason', kind: 'textarea', label: 'reason', required: true },
    ],
  },
];

export function stepByPath(path: string): StepDef | undefined {
  return STEPS.find((s) => s.path === path);
}

/** The steps this role may record on this case now. */
export function availableSteps(view: CaseView, role: Role | null): StepDef[] {
  if (role === null) return [];
  const closed = view.status === 'CLOSED';
  return STEPS.filter((s) => s.roles.includes(role)
    && (s.onClosed ?? false) === closed
    && (!s.reportingDuty || view.reportingDutyTrack));
}

/** The first step form that serves a checklist line, for the "record" button next to it. */
export function stepForChecklistLine(line: string, steps: StepDef[]): StepDef | undefined {
  return steps.find((s) => s.serves.includes(line));
}

/** The open required checklist lines: on closing, each needs a reason. */
export function openRequiredSteps(view: CaseView): string[] {
  return view.checklist.filter((l) => l.required && l.state === 'OPEN').map((l) => l.step);
}

const PERPETRATOR_ROLES = ['SENDER', 'FORWARDER'];

export function suggestions(view: CaseView, suggest: Suggest | undefined): string[] {
  if (!suggest) return [];
  return view.people.filter((p) => {
    switch (suggest) {
      case 'victims':
        return (p.findings?.length ?? 0) > 0 ? p.findings!.includes('VICTIM') : p.role === 'VICTIM';
      case 'perpetrators':
        // once assessed, the suspected; before, the sender and forwarder roles
        return (p.findings?.length ?? 0) > 0 ? p.findings!.includes('SUSPECTED') : PERPETRATOR_ROLES.includes(p.role);
      case 'pupils':
        return p.kind === 'PUPIL';
      case 'staff':
        return p.kind === 'STAFF';
      default:
        return true;
    }
  }).map((p) => p.ref);
}
