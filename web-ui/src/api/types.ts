// The JSON the services answer with, as their controllers define it (case-service, notification-service,
// prevention-service). Moments are ISO-8601 strings (instants), days are yyyy-mm-dd.

export type CaseStatus = 'OPEN' | 'CLOSED';
export type StepState = 'NOT_APPLICABLE' | 'OPEN' | 'DONE' | 'SKIPPED';

export interface CaseSummary {
  caseId: string;
  schoolId: string;
  status: CaseStatus;
  outcome: string | null;
  cameToLightAt: string;
  reportedAt: string;
  materialKind: string;
  minorNudeInvolved: boolean;
  overdue: boolean;
  nextDueAt: string | null;
  closedAt: string | null;
  version: number;
}

export interface CasePerson {
  ref: string;
  kind: string;
  role: string;
  /** what the school leader's assessment found: VICTIM, SUSPECTED, WITHIN_PEER_EXCEPTION (empty before one) */
  findings?: string[];
  /** the facts last recorded about them, as codes; absent or null while none were recorded */
  facts?: PersonFacts | null;
}

/** What is known of a person, as codes (Act, AgeBand, Affiliation, Sector); never the reason it changed. */
export interface PersonFacts {
  acts: string[];
  madeVoluntarily: boolean | null;
  sharedVoluntarily: boolean | null;
  sharedWith: string[];
  age: number | null;
  /** from the age when it is known, else as recorded */
  ageBand: string | null;
  affiliation: string | null;
  sector: string | null;
}

export interface ChecklistLine {
  step: string;
  required: boolean;
  state: StepState;
  dueAt: string | null;
  overdue: boolean;
  reason: string | null;
}

export interface CaseView {
  caseId: string;
  boardId: string;
  schoolId: string;
  status: CaseStatus;
  outcome: string | null;
  cameToLightAt: string;
  cameToLightHow: string;
  reportedAt: string;
  reportedBy: string;
  materialKind: string;
  platforms: string[];
  minorNudeInvolved: boolean;
  yearGroups: string[];
  people: CasePerson[];
  reportingDutyTrack: boolean;
  checklist: ChecklistLine[];
  overdue: boolean;
  nextDueAt: string | null;
  closedAt: string | null;
  lastRecordedAt: string;
  version: number;
}

export interface TimelineEntry {
  eventId: string;
  caseId: string;
  boardId: string;
  sequence: number;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actorId: string | null;
  actorRole: string | null;
  summary: Record<string, string>;
}

export interface Timeline {
  caseId: string;
  version: number;
  entries: TimelineEntry[];
}

/** Answer to a report or a step. */
export interface CaseAccepted {
  caseId: string;
  version: number;
}

/** Cases of one school in one school year: a sum of cells each rounded to a multiple of roundingBase. */
export interface SchoolYearTotal {
  schoolYear: string;
  schoolId: string;
  schoolName: string;
  count: number;
}

export interface BoardDashboard {
  roundingBase: number;
  incidentsPerSchoolPerYear: SchoolYearTotal[];
  openCases: number;
  overdueCases: number;
  medianHoursToVictimConversation: number | null;
  medianHoursToPoliceContact: number | null;
}

export interface ActivityCounts {
  open: number;
  done: number;
  cancelled: number;
  overdue: number;
}

export interface SchoolCoverage {
  schoolId: string;
  name: string | null;
  region: string;
  regionAssumed: boolean;
  policyLastReviewedOn: string | null;
  policyReviewed: boolean;
  lessonsGiven: number;
  lessonsOpen: number;
  parentEveningsHeld: number;
}

export interface BoardCoverage {
  boardId: string;
  schoolYear: string;
  asOf: string;
  schools: number;
  schoolsWithReviewedPolicy: number;
  reviewedPolicyShare: number;
  incidentsReported: number;
  lessonsAfterIncidents: ActivityCounts;
  parentEvenings: ActivityCounts;
  policyReviews: ActivityCounts;
  whomToTurnToActions: ActivityCounts;
  perSchool: SchoolCoverage[];
}

export interface AuditEntry {
  id: string;
  boardId: string;
  seq: number;
  sourceId: string;
  kind: 'CASE_STEP' | 'NOTIFICATION' | 'PREVENTION' | 'PERSONAL_DATA_READ' | 'PERSONAL_DATA_ERASURE';
  type: string;
  caseId: string | null;
  schoolId: string | null;
  actorId: string | null;
  actorRole: string | null;
  occurredAt: string;
  recordedAt: string;
  details: Record<string, unknown> | null;
  previousHash: string;
  hash: string;
}

export interface ChainVerification {
  boardId: string;
  intact: boolean;
  entriesChecked: number;
  firstBrokenLink: { seq: number; entryId: string; reason: string } | null;
}

export interface DeliveryView {
  eventType: string;
  messageKind: string;
  recipientKind: string;
  recipientRef: string | null;
  channel: string;
  status: string;
  at: string | null;
  attempts: number;
  createdAt: string | null;
  sentAt: string | null;
  failedAt: string | null;
  mergedAt: string | null;
}

export interface InboxItem {
  itemId: string;
  caseId: string | null;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}

export interface ActivityView {
  id: string;
  kind: string;
  title: string;
  status: string;
  boardId: string;
  schoolId: string;
  yearGroups: string[] | null;
  dueBy: string;
  reason: string;
  sourceCaseId: string | null;
  promptedByCaseId: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  ledBy: string | null;
  attendance: number | null;
  cancellationReason: string | null;
  plannedAt: string;
  version: number;
}

export interface SchoolPlan {
  schoolId: string;
  boardId: string | null;
  name: string | null;
  region: string;
  regionAssumed: boolean;
  registered: boolean;
  schoolYear: string;
  holidaysKnown: boolean;
  firstSchoolDay: string | null;
  lastSchoolDay: string | null;
  holidays: { name: string; firstDay: string; lastDay: string }[];
  activities: ActivityView[];
}

/** One team briefing as a briefed staff member reads it. */
export interface Briefing {
  briefedAt: string;
  summary: string;
  namesShared: boolean;
  classDiscussion: string | null;
  leadsDiscussion: boolean;
}

export interface BriefingsRead {
  caseId: string;
  briefings: Briefing[];
}

export type ExportPurpose = 'POLICE' | 'TRANSFER' | 'COMPLAINT';
