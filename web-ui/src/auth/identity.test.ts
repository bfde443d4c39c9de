import { describe, expect, it } from 'vitest';
import { capabilitiesOf, decodeJwtPayload, homeOf, identityFrom } from './identity';

function jwt(payload: object): string {
  const encode = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'RS256', kid: 'k' })}.${encode(payload)}.signature`;
}

describe('who is signed in', () => {
  it('reads sub, board, schools, roles and name from the access token', () => {
    const token = jwt({ sub: 'demo-leader-noord-1', board: 'demo-board', schools: ['school-noord'],
      roles: ['SCHOOL_LEADER'], name: 'Demo Schoolleider Noord – ë' });
    expect(identityFrom(decodeJwtPayload(token), null)).toEqual({
      sub: 'demo-leader-noord-1', name: 'Demo Schoolleider Noord – ë', board: 'demo-board', schools: ['school-noord'],
      roles: ['SCHOOL_LEADER'],
    });
  });

  it('takes the name from the profile when the access token has none, and ignores unknown roles', () => {
    const identity = identityFrom({ sub: 'x', roles: ['AUDITOR', 'ROOT'], board: 'b' }, { sub: 'x', name: 'Demo Auditor' });
    expect(identity?.name).toBe('Demo Auditor');
    expect(identity?.roles).toEqual(['AUDITOR']);
    expect(identity?.schools).toEqual([]);
  });

  it('is nobody without a subject or a readable token', () => {
    expect(identityFrom(null, null)).toBeNull();
    expect(decodeJwtPayload('not-a-jwt')).toBeNull();
    expect(decodeJwtPayload('a.%%%.c')).toBeNull();
  });

  it('gives each role its pages: team members their reports, the board figures, the auditor the trail', () => {
    expect(capabilitiesOf('TEAM_MEMBER')).toMatchObject({ cases: true, report: true, takeSteps: false, caseDetails: false, dashboard: false, audit: false });
    expect(capabilitiesOf('CARE_COORDINATOR')).toMatchObject({ cases: true, takeSteps: true, caseDetails: true, dashboard: false });
    expect(capabilitiesOf('BOARD_ADMINISTRATOR')).toMatchObject({ cases: false, report: false, takeSteps: true, caseDetails: false, dashboard: true, audit: false });
    expect(capabilitiesOf('AUDITOR')).toMatchObject({ cases: false, audit: true });
    expect(Object.values(capabilitiesOf(null)).every((v) => v === false)).toBe(true);
    expect([homeOf('SCHOOL_LEADER'), homeOf('BOARD_ADMINISTRATOR'), homeOf('AUDITOR'), homeOf(null)])
      .toEqual(['/cases', '/dashboard', '/audit', '/me']);
  });
});
