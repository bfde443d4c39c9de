// RFC 9457 problem+json, as every service answers errors: {type, title, status, detail, errors[{field, message}],
// and per problem currentVersion or openSteps}. Turned into one error class the pages show in words, next to the
// field a message is about.

export interface FieldError {
  field: string;
  message: string;
}

export type ProblemKind =
  | 'invalid' // 400: fields need another value
  | 'unauthenticated' // 401: sign in (again)
  | 'forbidden' // 403: not for this role
  | 'not-found' // 404: no such case (for you)
  | 'stale' // 409 stale-version: someone recorded something in between
  | 'protocol' // 409 protocol/<rule>: the protocol does not allow this now
  | 'conflict' // 409 other
  | 'too-large' // 413
  | 'rate-limited' // 429
  | 'unavailable' // 502/503/504: a service is not reachable
  | 'server' // other 5xx
  | 'network' // no answer at all
  | 'other';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ProblemKind;
  /** The problem type's last part, e.g. `invalid-fields`, `protocol/case-closed`, `not-a-school-day`. */
  readonly code: string | null;
  readonly title: string | null;
  readonly detail: string | null;
  readonly errors: FieldError[];
  readonly currentVersion: number | null;
  readonly openSteps: string[];
  readonly correlationId: string | null;

  constructor(init: {
    status: number;
    code?: string | null;
    title?: string | null;
    detail?: string | null;
    errors?: FieldError[];
    currentVersion?: number | null;
    openSteps?: string[];
    correlationId?: string | null;
  }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code ?? null;
    this.title = init.title ?? null;
    this.detail = init.detail ?? null;
    this.errors = init.errors ?? [];
    this.currentVersion = init.currentVersion ?? null;
    this.openSteps = init.openSteps ?? [];
    this.correlationId = init.correlationId ?? null;
    this.kind = kindOf(init.status, this.code);
  }

  /** The messages about one field: its own, and those about its parts (`involvedPupils[0].pupilRef`). */
  messagesFor(field: string): string[] {
    return this.errors.filter((e) => belongsTo(e.field, field)).map((e) => e.message);
  }

  /** Messages whose field is none of the given ones: shown above the form, so that nothing is lost. */
  messagesNotIn(fields: string[]): FieldError[] {
    return this.errors.filter((e) => !fields.some((f) => belongsTo(e.field, f)));
  }
}

function belongsTo(errorField: string, field: string): boolean {
  return errorField === field || errorField.startsWith(field + '.') || errorField.startsWith(field + '[');
}

/** The one problem-type base of every service and the gateway; a type under any other base is not ours. */
export const PROBLEM_TYPE_BASE = 'https://sexting-protocol.example/problems/';

export function codeOf(type: unknown): string | null {
  if (typeof type !== 'string' || !type.startsWith(PROBLEM_TYPE_BASE)) {
    return null;
  }
  return type.substring(PROBLEM_TYPE_BASE.length) || null;
}

function kindOf(status: number, code: string | null): ProblemKind {
  switch (status) {
    case 0:
      return 'network';
    case 400:
    case 422:
      return 'invalid';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      if (code === 'stale-version') return 'stale';
      if (code !== null && code.startsWith('protocol/')) return 'protocol';
      return 'conflict';
    case 413:
      return 'too-large';
    case 429:
      return 'rate-limited';
    case 502:
    case 503:
    case 504:
      return 'unavailable';
    default:
      return status >= 500 ? 'server' : 'other';
  }
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({
      field: typeof e.field === 'string' ? e.field : typeof e.column === 'string' ? e.column : '',
      message: typeof e.message === 'string' ? e.message : String(e.message ?? ''),
    }))
    .filter((e) => e.message !== '');
}

/** Reads an error answer: problem+json when the service sent one, the status alone otherwise. */
export async function problemFrom(response: Response): Promise<ApiError> {
  const correlationId = response.headers.get('X-Correlation-Id');
  const contentType = response.headers.get('Content-Type') ?? '';
  let body: Record<string, unknown> | null = null;
  if (contentType.includes('json')) {
    try {
      const parsed: unknown = await response.json();
      body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
    } catch {
      body = null;
    }
  }
  if (body === null) {
    return new ApiError({ status: response.status, correlationId });
  }
  return new ApiError({
    status: typeof body.status === 'number' ? body.status : response.status,
    code: codeOf(body.type),
    title: typeof body.title === 'string' ? body.title : null,
    detail: typeof body.detail === 'string' ? body.detail : null,
    errors: fieldErrors(body.errors),
    currentVersion: typeof body.currentVersion === 'number' ? body.currentVersion : null,
    openSteps: Array.isArray(body.openSteps) ? body.openSteps.map(String) : [],
    correlationId,
  });
}

/** What a failed call threw, as a problem to show: an {@link ApiError} as it is, anything else as status 0. */
export function asApiError(failure: unknown): ApiError {
  return failure instanceof ApiError ? failure : new ApiError({ status: 0, detail: String(failure) });
}

/** No answer at all: the network, or the gateway is down. */
export function networkProblem(cause: unknown): ApiError {
  return new ApiError({ status: 0, detail: cause instanceof Error ? cause.message : String(cause) });
}
