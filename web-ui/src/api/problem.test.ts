import { describe, expect, it } from 'vitest';
import { ApiError, codeOf, problemFrom } from './problem';

function problemResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

describe('problem+json mapping', () => {
  it('reads the field errors of a 400 and places each message at its field', async () => {
    const error = await problemFrom(problemResponse(400, {
      type: 'https://sexting-protocol.example/problems/invalid-fields',
      title: 'Some fields need attention',
      status: 400,
      detail: 'Nothing was saved. Say how the incident came to light.',
      errors: [
        { field: 'cameToLightHow', message: 'Say how the incident came to light.' },
        { field: 'involvedPupils[1].pupilRef', message: 'Use the school\'s pupil number, never a name.' },
        { field: 'If-Match', message: 'Give the case version you saw.' },
      ],
    }, { 'X-Correlation-Id': 'corr-1' }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('invalid');
    expect(error.code).toBe('invalid-fields');
    expect(error.detail).toBe('Nothing was saved. Say how the incident came to light.');
    expect(error.correlationId).toBe('corr-1');
    expect(error.messagesFor('cameToLightHow')).toEqual(['Say how the incident came to light.']);
    expect(error.messagesFor('involvedPupils')).toEqual(['Use the school\'s pupil number, never a name.']);
    expect(error.messagesFor('involvedPupils[1].pupilRef')).toHaveLength(1);
    expect(error.messagesFor('involvedPupils[0].pupilRef')).toEqual([]);
    expect(error.messagesFor('cameToLight')).toEqual([]);
    expect(error.messagesNotIn(['cameToLightHow', 'involvedPupils'])).toEqual([
      { field: 'If-Match', message: 'Give the case version you saw.' },
    ]);
  });

  it('tells a stale version from a protocol refusal, with the current version and the open steps', async () => {
    const stale = await problemFrom(problemResponse(409, {
      type: 'https://sexting-protocol.example/problems/stale-version', status: 409,
      detail: 'Someone else recorded something in this case since you looked', currentVersion: 7,
    }));
    expect(stale.kind).toBe('stale');
    expect(stale.currentVersion).toBe(7);

    const incomplete = await problemFrom(problemResponse(409, {
      type: 'https://sexting-protocol.example/problems/protocol/protocol-incomplete', status: 409,
      detail: 'Steps are still open', openSteps: ['VICTIM_CONVERSATION', 'TEAM_BRIEFING'],
    }));
    expect(incomplete.kind).toBe('protocol');
    expect(incomplete.code).toBe('protocol/protocol-incomplete');
    expect(incomplete.openSteps).toEqual(['VICTIM_CONVERSATION', 'TEAM_BRIEFING']);
  });

  it('maps the statuses the pages treat differently', async () => {
    const kinds = await Promise.all([401, 403, 404, 413, 429, 503, 500, 418].map(async (status) =>
      (await problemFrom(problemResponse(status, { status, title: 't' }))).kind));
    expect(kinds).toEqual(['unauthenticated', 'forbidden', 'not-found', 'too-large', 'rate-limited', 'unavailable',
      'server', 'other']);
  });

  it('reads the prevention service\'s types and row errors of an import', async () => {
    const error = await problemFrom(problemResponse(400, {
      type: 'https://sexting-protocol.example/problems/not-a-school-day', status: 400, detail: '2026-12-25 is not a school day',
      errors: [{ field: 'date', message: 'is not a school day (kerstvakantie)' }, { row: 3, column: 'email', message: 'no address' }],
    }));
    expect(error.code).toBe('not-a-school-day');
    expect(error.messagesFor('date')).toEqual(['is not a school day (kerstvakantie)']);
    expect(error.messagesFor('email')).toEqual(['no address']);
  });

  it('survives an error without a problem body', async () => {
    const error = await problemFrom(new Response('<html>Bad gateway</html>', {
      status: 502, headers: { 'Content-Type': 'text/html' },
    }));
    expect(error.kind).toBe('unavailable');
    expect(error.errors).toEqual([]);
    expect(error.detail).toBeNull();

    const broken = await problemFrom(new Response('{not json', {
      status: 400, headers: { 'Content-Type': 'application/problem+json' },
    }));
    expect(broken.kind).toBe('invalid');
    expect(broken.errors).toEqual([]);
  });

  it('takes the part of a type after the one problem-type base, and nothing of other schemes', () => {
    expect(codeOf('https://sexting-protocol.example/problems/protocol/case-closed')).toBe('protocol/case-closed');
    expect(codeOf('urn:schoolboard:problem:invalid-request')).toBeNull();
    expect(codeOf('https://elsewhere.example/problems/invalid-request')).toBeNull();
    expect(codeOf('about:blank')).toBeNull();
    expect(codeOf(undefined)).toBeNull();
  });
});
