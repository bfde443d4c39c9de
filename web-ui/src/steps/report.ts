import { localInputToInstant, splitList, toLocalInput } from './mapping';

// The guided report form (POST /api/cases) and the body it sends.

export const CAME_TO_LIGHT = ['VICTIM_TOLD_STAFF', 'PUPIL_TOLD_STAFF', 'PARENT_TOLD_SCHOOL', 'STAFF_NOTICED',
  'POLICE_INFORMED_SCHOOL', 'ANONYMOUS_TIP', 'OTHER'] as const;
export const MATERIAL_KINDS = ['PHOTO', 'VIDEO', 'LIVE_STREAM', 'TEXT_MESSAGES', 'OTHER'] as const;
export const PLATFORMS = ['WHATSAPP', 'SNAPCHAT', 'INSTAGRAM', 'TIKTOK', 'TELEGRAM', 'DISCORD', 'EMAIL', 'OTHER'] as const;
/** A pupil can have every role but the staff member's. */
export const PUPIL_ROLES = ['VICTIM', 'SENDER', 'FORWARDER', 'BYSTANDER', 'REPORTER'] as const;

export interface PupilRow {
  pupilRef: string;
  role: string;
}

export interface ReportValues {
  schoolId: string;
  cameToLightAt: string;
  cameToLightHow: string;
  materialKind: string;
  platforms: string[];
  /** '' until the reporter chose: the answer decides whether police contact is mandatory */
  minorNudeInvolved: '' | 'yes' | 'no';
  pupils: PupilRow[];
  yearGroups: string;
}

export function initialReport(schools: string[], now: Date = new Date()): ReportValues {
  return {
    schoolId: schools.length === 1 ? schools[0] : '',
    cameToLightAt: toLocalInput(now),
    cameToLightHow: '',
    materialKind: '',
    platforms: [],
    minorNudeInvolved: '',
    pupils: [{ pupilRef: '', role: 'VICTIM' }],
    yearGroups: '',
  };
}

export function toReportRequest(values: ReportValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (values.schoolId.trim() !== '') body.schoolId = values.schoolId.trim();
  const at = localInputToInstant(values.cameToLightAt);
  if (at !== null) body.cameToLightAt = at;
  if (values.cameToLightHow !== '') body.cameToLightHow = values.cameToLightHow;
  if (values.materialKind !== '') body.materialKind = values.materialKind;
  body.platforms = [...values.platforms];
  if (values.minorNudeInvolved !== '') body.minorNudeInvolved = values.minorNudeInvolved === 'yes';
  // a row without a number is no pupil; a number without a role is sent, and the service says what is missing
  body.involvedPupils = values.pupils
    .filter((p) => p.pupilRef.trim() !== '')
    .map((p) => ({ pupilRef: p.pupilRef.trim(), role: p.role === '' ? null : p.role }));
  body.yearGroups = splitList(values.yearGroups);
  return body;
}

/** For each pupil sent, the form row it came from: the service's `involvedPupils[i]` is row `sentPupilRows(v)[i]`. */
export function sentPupilRows(values: ReportValues): number[] {
  return values.pupils.flatMap((p, row) => (p.pupilRef.trim() !== '' ? [row] : []));
}
