import { describe, expect, it, vi } from 'vitest';
import { ApiClient, queryString, unquoteEtag } from './client';
import { ApiError } from './problem';

interface Call {
  url: string;
  init: RequestInit;
}

function client(answer: Response | (() => Response), options: { token?: string | null; acting?: string | null } = {}) {
  const calls: Call[] = [];
  const onUnauthenticated = vi.fn();
  const fetchStub = (async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return typeof answer === 'function' ? answer() : answer;
  }) as typeof fetch;
  const api = new ApiClient({
    token: () => (options.token === undefined ? 'token-1' : options.token),
    actingRole: () => options.acting ?? null,
    fetch: fetchStub,
    onUnauthenticated,
  });
  return { api, calls, onUnauthenticated };
}

const headersOf = (call: Call) => call.init.headers as Record<string, string>;

describe('the API client', () => {
  it('sends a step with the token, If-Match of the version seen and the submission\'s Idempotency-Key', async () => {
    const { api, calls } = client(new Response(JSON.stringify({ caseId: 'c-1', version: 5 }), {
      status: 200, headers: { 'Content-Type': 'application/json', ETag: '"5"' },
    }));

    const accepted = await api.step('c-1', 'distribution-ban', { scope: 'CLASS' }, 4, 'key-1');

    expect(accepted).toEqual({ caseId: 'c-1', version: 5 });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/cases/c-1/distribution-ban');
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.body).toBe('{"scope":"CLASS"}');
    expect(headersOf(calls[0])).toMatchObject({
      Authorization: 'Bearer token-1',
      'If-Match': '"4"',
      'Idempotency-Key': 'key-1',
      'Content-Type': 'application/json',
      'Accept-Language': 'nl',
    });
    expect(headersOf(calls[0])['X-Acting-Role']).toBeUndefined();
  });

  it('asks for the services\' words in the language the page is in', async () => {
    const calls: Call[] = [];
    const api = new ApiClient({
      token: () => 't',
      language: () => 'en',
      fetch: (async (url: RequestInfo | URL, init?: RequestInit) => {
        calls.push({ url: String(url), init: init ?? {} });
        return new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
      }) as typeof fetch,
    });

    await api.request('GET', '/api/cases');

    expect(headersOf(calls[0])['Accept-Language']).toBe('en');
  });

  it('reports with an Idempotency-Key and no If-Match', async () => {
    const { api, calls } = client(new Response(JSON.stringify({ caseId: 'c-9', version: 1 }), {
      status: 201, headers: { 'Content-Type': 'application/json' },
    }), { acting: 'CARE_COORDINATOR' });
    await api.report({ schoolId: 's' }, 'report-key');
    expect(calls[0].url).toBe('/api/cases');
    expect(headersOf(calls[0])['Idempotency-Key']).toBe('report-key');
    expect(headersOf(calls[0])['If-Match']).toBeUndefined();
    expect(headersOf(calls[0])['X-Acting-Role']).toBe('CARE_COORDINATOR');
  });

  it('builds the list and audit queries from the filled-in filters only', async () => {
    const { api, calls } = client(() => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await api.listCases({ schoolId: 'school-noord', status: 'OPEN', overdue: '', from: '2026-11-01', until: '' });
    await api.audit({ caseId: 'c 1', from: '2026-11-20T08:30:00.000Z' });
    expect(calls[0].url).toBe('/api/cases?schoolId=school-noord&status=OPEN&from=2026-11-01');
    expect(calls[1].url).toBe('/api/audit?caseId=c+1&from=2026-11-20T08%3A30%3A00.000Z');
    expect(headersOf(calls[0]).Authorization).toBe('Bearer token-1');
  });

  it('asks for one page of the case list and reads how many cases there are in all', async () => {
    const { api, calls } = client(() => new Response('[]', {
      status: 200, headers: { 'Content-Type': 'application/json', 'X-Total-Count': '120' },
    }));
    const page = await api.listCasePage({ status: 'OPEN' }, 2);
    expect(calls[0].url).toBe('/api/cases?status=OPEN&page=2&size=50');
    expect(page).toEqual({ cases: [], page: 2, total: 120 });
  });

  it('escapes ids in paths', async () => {
    const { api, calls } = client(() => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await api.inbox('demo/leader');
    await api.caseNotifications('a b');
    await api.coverage('demo-board');
    await api.schoolPlan('school-noord');
    expect(calls.map((c) => c.url)).toEqual([
      '/api/notifications/inbox/demo%2Fleader',
      '/api/notifications/cases/a%20b',
      '/api/prevention/boards/demo-board/coverage',
      '/api/prevention/schools/school-noord/plan',
    ]);
  });

  it('throws the problem of an error answer, and says so on a 401', async () => {
    const { api, onUnauthenticated } = client(() => new Response(JSON.stringify({
      type: 'https://sexting-protocol.example/problems/unauthenticated', status: 401, detail: 'Sign in first',
    }), { status: 401, headers: { 'Content-Type': 'application/problem+json' } }), { token: null });

    const failure = await api.getCase('c-1').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('unauthenticated');
    expect((failure as ApiError).detail).toBe('Sign in first');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('turns no answer at all into a network problem', async () => {
    const api = new ApiClient({ token: () => 't', fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch });
    const failure = await api.dashboard().catch((e: unknown) => e);
    expect((failure as ApiError).kind).toBe('network');
    expect((failure as ApiError).status).toBe(0);
  });

  it('helps with queries and ETags', () => {
    expect(queryString({ a: '', b: null, c: undefined, d: 0, e: false })).toBe('?d=0&e=false');
    expect(queryString({})).toBe('');
    expect(unquoteEtag('"12"')).toBe('12');
    expect(unquoteEtag('W/"3"')).toBe('3');
    expect(unquoteEtag(null)).toBeNull();
  });
});
