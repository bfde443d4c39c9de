import { ApiError, networkProblem, problemFrom } from './problem';
import type {
  AuditEntry,
  BoardCoverage,
  BoardDashboard,
  BriefingsRead,
  ExportPurpose,
  CaseAccepted,
  CaseSummary,
  CaseView,
  ChainVerification,
  DeliveryView,
  InboxItem,
  SchoolPlan,
  Timeline,
} from './types';

export interface ApiClientOptions {
  /** Where the API is; empty for the page's own origin (the gateway serves both). */
  baseUrl?: string;
  /** The current access token, or null when signed out. */
  token: () => string | null;
  /** The role chosen by someone who holds several (sent as X-Acting-Role), or null. */
  actingRole?: () => string | null;
  /**
   * The language the user reads (sent as Accept-Language): the services word their refusals in it, so the service's
   * words and the page's are one language. Dutch when not given, as the services default to.
   */
  language?: () => string;
  fetch?: typeof fetch;
  /** Called on a 401, e.g. to offer signing in again. */
  onUnauthenticated?: (error: ApiError) => void;
}

export interface Answer<T> {
  data: T;
  status: number;
  /** The ETag without quotes: for a case, the version the answer reflects. */
  etag: string | null;
  /** X-Total-Count, where a list answers one page of more. */
  total: number | null;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  /** The case version the user saw: sent as If-Match: "<version>". */
  ifMatch?: number | null;
  /** One key per submission: a retried submission is recorded once. */
  idempotencyKey?: string | null;
  signal?: AbortSignal;
}

export interface CaseListFilter {
  schoolId?: string;
  status?: '' | 'OPEN' | 'CLOSED';
  overdue?: '' | 'true' | 'false';
  from?: string;
  until?: string;
}

export interface AuditFilter {
  caseId?: string;
  actorId?: string;
  schoolId?: string;
  /** instants, e.g. 2026-11-20T08:30:00Z */
  from?: string;
  until?: string;
}

export function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : '?' + text;
}

export function unquoteEtag(etag: string | null): string | null {
  if (etag === null) return null;
  return etag.replace(/^W\//, '').replace(/"/g, '').trim();
}

/** A fresh key for one submission of a form. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // crypto.randomUUID needs a secure context; http://localhost is one, a plain-http host name is not
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Cases per page of the case list (the service allows up to 200). */
export const CASES_PER_PAGE = 50;

/** One page of the case list. */
export interface CasePage {
  cases: CaseSummary[];
  page: number;
  total: number;
}

/** Every call the web UI makes, with the access token, and errors as {@link ApiError}. */
export class ApiClient {
  private readonly options: ApiClientOptions;

  constructor(options: ApiClientOptions) {
    this.options = options;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': this.options.language?.() ?? 'nl',
    };
    const token = this.options.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    const acting = this.options.actingRole?.();
    if (acting) headers['X-Acting-Role'] = acting;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.ifMatch !== undefined && options.ifMatch !== null) headers['If-Match'] = `"${options.ifMatch}"`;
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;

    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch((this.options.baseUrl ?? '') + path + queryString(options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw networkProblem(cause);
    }
    if (!response.ok) {
      const problem = await problemFrom(response);
      if (problem.kind === 'unauthenticated') this.options.onUnauthenticated?.(problem);
      throw problem;
    }
    const text = await response.text();
    const data = (text === '' ? null : JSON.parse(text)) as T;
    const total = response.headers.get('X-Total-Count');
    return {
      data, status: response.status, etag: unquoteEtag(response.headers.get('ETag')),
      total: total === null || Number.isNaN(Number(total)) ? null : Number(total),
    };
  }

  /** A file the API makes (a PDF, a CSV), with the same token and errors as every other call. */
  async download(path: string, query?: RequestOptions['query']): Promise<Blob> {
    const headers: Record<string, string> = { Accept: '*/*' };
    const token = this.options.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    const acting = this.options.actingRole?.();
    if (acting) headers['X-Acting-Role'] = acting;
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch((this.options.baseUrl ?? '') + path + queryString(query), { method: 'GET', headers });
    } catch (cause) {
      throw networkProblem(cause);
    }
    if (!response.ok) {
      const problem = await problemFrom(response);
      if (problem.kind === 'unauthenticated') this.options.onUnauthenticated?.(problem);
      throw problem;
    }
    return response.blob();
  }

  private async get<T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> {
    return (await this.request<T>('GET', path, { query, signal })).data;
  }

  // ---- cases (case-service) --------------------------------------------------------------------------------------

  listCases(filter: CaseListFilter, signal?: AbortSignal): Promise<CaseSummary[]> {
    return this.get('/api/cases', { ...filter }, signal);
  }

  /** One page of the case list (from 0), with how many cases the filter finds in all. */
  async listCasePage(filter: CaseListFilter, page: number, signal?: AbortSignal): Promise<CasePage> {
    const answer = await this.request<CaseSummary[]>('GET', '/api/cases',
      { query: { ...filter, page: String(page), size: String(CASES_PER_PAGE) }, signal });
    return { cases: answer.data, page, total: answer.total ?? answer.data.length };
  }

  getCase(caseId: string, signal?: AbortSignal): Promise<CaseView> {
    return this.get(`/api/cases/${encodeURIComponent(caseId)}`, undefined, signal);
  }

  timeline(caseId: string, signal?: AbortSignal): Promise<Timeline> {
    return this.get(`/api/cases/${encodeURIComponent(caseId)}/timeline`, undefined, signal);
  }

  async report(body: unknown, idempotencyKey: string): Promise<CaseAccepted> {
    return (await this.request<CaseAccepted>('POST', '/api/cases', { body, idempotencyKey })).data;
  }

  /** One protocol step: POST /api/cases/{caseId}/{path}, conditional on the version the user saw. */
  async step(caseId: string, path: string, body: unknown, seenVersion: number | null, idempotencyKey: string):
    Promise<CaseAccepted> {
    return (await this.request<CaseAccepted>('POST',
      `/api/cases/${encodeURIComponent(caseId)}/${encodeURIComponent(path)}`,
      { body, ifMatch: seenVersion, idempotencyKey })).data;
  }

  dashboard(signal?: AbortSignal): Promise<BoardDashboard> {
    return this.get('/api/cases/board/dashboard', undefined, signal);
  }

  /** The team briefing, for a staff member it names (404 for anyone else). */
  briefing(caseId: string, signal?: AbortSignal): Promise<BriefingsRead> {
    return this.get(`/api/cases/${encodeURIComponent(caseId)}/team-briefing`, undefined, signal);
  }

  /** The registration statistics as CSV, rounded as the dashboard is. */
  statisticsCsv(): Promise<Blob> {
    return this.download('/api/cases/board/statistics.csv');
  }

  /** The case's chronology as a Dutch PDF; the export is recorded in the audit trail. */
  chronology(caseId: string, purpose: ExportPurpose, shareReferences: boolean): Promise<Blob> {
    return this.download(`/api/cases/${encodeURIComponent(caseId)}/chronology.pdf`,
      { purpose, shareReferences: shareReferences ? 'true' : undefined });
  }

  // ---- audit (case-service) --------------------------------------------------------------------------------------

  audit(filter: AuditFilter, signal?: AbortSignal): Promise<AuditEntry[]> {
    return this.get('/api/audit', { ...filter }, signal);
  }

  verifyChain(signal?: AbortSignal): Promise<ChainVerification> {
    return this.get('/api/audit/verify', undefined, signal);
  }

  // ---- notifications ---------------------------------------------------------------------------------------------

  caseNotifications(caseId: string, signal?: AbortSignal): Promise<DeliveryView[]> {
    return this.get(`/api/notifications/cases/${encodeURIComponent(caseId)}`, undefined, signal);
  }

  inbox(staffRef: string, signal?: AbortSignal): Promise<InboxItem[]> {
    return this.get(`/api/notifications/inbox/${encodeURIComponent(staffRef)}`, undefined, signal);
  }

  async markRead(staffRef: string, itemId: string): Promise<InboxItem> {
    return (await this.request<InboxItem>('POST',
      `/api/notifications/inbox/${encodeURIComponent(staffRef)}/${encodeURIComponent(itemId)}/read`)).data;
  }

  // ---- prevention ------------------------------------------------------------------------------------------------

  schoolPlan(schoolId: string, signal?: AbortSignal): Promise<SchoolPlan> {
    return this.get(`/api/prevention/schools/${encodeURIComponent(schoolId)}/plan`, undefined, signal);
  }

  coverage(boardId: string, signal?: AbortSignal): Promise<BoardCoverage> {
    return this.get(`/api/prevention/boards/${encodeURIComponent(boardId)}/coverage`, undefined, signal);
  }
}
