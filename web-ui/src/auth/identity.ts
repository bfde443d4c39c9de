// Who is signed in, from the claims of the access token (sub, board, schools, roles, name). The services check the
// token themselves; the UI only reads it to choose what to show.

export const ROLES = [
  'SCHOOL_LEADER',
  'CARE_COORDINATOR',
  'CONFIDENTIAL_COUNSELLOR',
  'TEAM_MEMBER',
  'BOARD_ADMINISTRATOR',
  'AUDITOR',
  // the field's functions: known so that they are shown by name; the services give them an inbox and no more yet
  'MENTOR',
  'SAFEGUARDING_OFFICER',
  'ANTI_BULLYING_COORDINATOR',
] as const;

export type Role = (typeof ROLES)[number];

export interface Identity {
  sub: string;
  name: string;
  board: string | null;
  schools: string[];
  roles: Role[];
}

/** The payload of a JWT, without checking anything (the services do that). Null when it is not a JWT. */
export function decodeJwtPayload(token: string | null | undefined): Record<string, unknown> | null {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value !== '') return value.split(/[ ,]+/).filter((v) => v !== '');
  return [];
}

/**
 * The identity from the access token's claims, completed by the ID token / userinfo profile where the access
 * token lacks something (the name, typically).
 */
export function identityFrom(accessClaims: Record<string, unknown> | null,
                             profile: Record<string, unknown> | null): Identity | null {
  const claims = { ...(profile ?? {}), ...(accessClaims ?? {}) };
  const sub = typeof claims.sub === 'string' ? claims.sub : null;
  if (sub === null) return null;
  const name = [claims.name, profile?.name, claims.preferred_username, sub].find(
    (v): v is string => typeof v === 'string' && v !== '')!;
  const roles = strings(claims.roles).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    sub,
    name,
    board: typeof claims.board === 'string' ? claims.board : null,
    schools: strings(claims.schools),
    roles,
  };
}

/** What a role may open in the UI; the services enforce the same (and more). */
export interface Capabilities {
  /** the case list of their schools (team members: only their own reports) */
  cases: boolean;
  report: boolean;
  /** protocol steps on a case page */
  takeSteps: boolean;
  /** people, timeline, parents and prevention on a case page */
  caseDetails: boolean;
  inbox: boolean;
  dashboard: boolean;
  audit: boolean;
}

export function capabilitiesOf(role: Role | null): Capabilities {
  switch (role) {
    case 'SCHOOL_LEADER':
    case 'CARE_COORDINATOR':
    case 'CONFIDENTIAL_COUNSELLOR':
      return { cases: true, report: true, takeSteps: true, caseDetails: true, inbox: true, dashboard: false, audit: false };
    case 'TEAM_MEMBER':
      return { cases: true, report: true, takeSteps: false, caseDetails: false, inbox: true, dashboard: false, audit: false };
    case 'BOARD_ADMINISTRATOR':
      // the board's own reporting-duty steps, on a case the board was let into (a staff member suspected)
      return { cases: false, report: false, takeSteps: true, caseDetails: false, inbox: false, dashboard: true, audit: false };
    case 'AUDITOR':
      return { cases: false, report: false, takeSteps: false, caseDetails: false, inbox: false, dashboard: true, audit: true };
    case 'MENTOR':
    case 'SAFEGUARDING_OFFICER':
    case 'ANTI_BULLYING_COORDINATOR':
      return { cases: false, report: false, takeSteps: false, caseDetails: false, inbox: true, dashboard: false, audit: false };
    default:
      return { cases: false, report: false, takeSteps: false, caseDetails: false, inbox: false, dashboard: false, audit: false };
  }
}

/** The page a role starts on. */
export function homeOf(role: Role | null): string {
  const can = capabilitiesOf(role);
  if (can.cases) return '/cases';
  if (can.audit) return '/audit';
  if (can.dashboard) return '/dashboard';
  return '/me';
}
