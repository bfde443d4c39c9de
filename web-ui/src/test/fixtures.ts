import type { CaseView } from '../api/types';

/** A case as GET /api/cases/{id} answers it, for tests. */
export function caseView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    caseId: 'case-1', boardId: 'demo-board', schoolId: 'school-noord', status: 'OPEN', outcome: null,
    cameToLightAt: '2026-11-20T07:30:00Z', cameToLightHow: 'VICTIM_TOLD_STAFF', reportedAt: '2026-11-20T08:00:00Z',
    reportedBy: 'demo-leader-noord-1', materialKind: 'PHOTO', platforms: ['SNAPCHAT'], minorNudeInvolved: true,
    yearGroups: ['3'],
    people: [
      { ref: 'P-1', kind: 'PUPIL', role: 'VICTIM' },
      { ref: 'P-2', kind: 'PUPIL', role: 'SENDER' },
      { ref: 'P-3', kind: 'PUPIL', role: 'FORWARDER' },
      { ref: 'S-1', kind: 'STAFF', role: 'REPORTER' },
    ],
    reportingDutyTrack: false,
    checklist: [
      { step: 'VICTIM_CONVERSATION', required: true, state: 'OPEN', dueAt: '2026-11-21T16:00:00Z', overdue: false, reason: null },
      { step: 'SANCTIONS', required: true, state: 'OPEN', dueAt: null, overdue: true, reason: null },
      { step: 'PRESS_READINESS', required: false, state: 'OPEN', dueAt: null, overdue: false, reason: null },
      { step: 'POLICE_CONTACT', required: true, state: 'DONE', dueAt: null, overdue: false, reason: null },
    ],
    overdue: true, nextDueAt: '2026-11-21T16:00:00Z', closedAt: null, lastRecordedAt: '2026-11-20T08:00:00Z', version: 3,
    ...overrides,
  };
}
