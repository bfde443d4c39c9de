import { describe, expect, it } from 'vitest';
import { initialReport, sentPupilRows, toReportRequest } from './report';

describe('the report form', () => {
  it('maps a filled-in report onto POST /api/cases', () => {
    const body = toReportRequest({
      schoolId: 'school-noord', cameToLightAt: '2026-11-20T09:30', cameToLightHow: 'VICTIM_TOLD_STAFF',
      materialKind: 'PHOTO', platforms: ['SNAPCHAT', 'WHATSAPP'], minorNudeInvolved: 'yes',
      pupils: [{ pupilRef: ' P-1 ', role: 'VICTIM' }, { pupilRef: '', role: 'VICTIM' }, { pupilRef: 'P-2', role: 'SENDER' }],
      yearGroups: '3, havo 4',
    });
    expect(body).toEqual({
      schoolId: 'school-noord', cameToLightAt: '2026-11-20T08:30:00.000Z', cameToLightHow: 'VICTIM_TOLD_STAFF',
      materialKind: 'PHOTO', platforms: ['SNAPCHAT', 'WHATSAPP'], minorNudeInvolved: true,
      involvedPupils: [{ pupilRef: 'P-1', role: 'VICTIM' }, { pupilRef: 'P-2', role: 'SENDER' }],
      yearGroups: ['3', 'havo 4'],
    });
  });

  it('leaves what was not answered out, so the service names it; "no" is an answer', () => {
    const body = toReportRequest({ ...initialReport(['a', 'b'], new Date('2026-11-20T09:00:00Z')), minorNudeInvolved: 'no' });
    expect(body.schoolId).toBeUndefined();
    expect(body.cameToLightHow).toBeUndefined();
    expect(body.materialKind).toBeUndefined();
    expect(body.minorNudeInvolved).toBe(false);
    expect(body.involvedPupils).toEqual([]);
    expect(toReportRequest(initialReport(['a'])).minorNudeInvolved).toBeUndefined();
  });

  it('knows which form row each pupil sent came from, for the service\'s involvedPupils[i] messages', () => {
    const values = { ...initialReport(['a']), pupils: [
      { pupilRef: '', role: 'VICTIM' }, { pupilRef: 'Jan de Vries', role: 'SENDER' }, { pupilRef: 'P-3', role: '' }] };
    expect(sentPupilRows(values)).toEqual([1, 2]);
    expect(toReportRequest(values).involvedPupils).toEqual([
      { pupilRef: 'Jan de Vries', role: 'SENDER' }, { pupilRef: 'P-3', role: null }]);
  });

  it('starts at the only school of the reporter, with one victim row', () => {
    expect(initialReport(['school-noord']).schoolId).toBe('school-noord');
    expect(initialReport(['a', 'b']).schoolId).toBe('');
    expect(initialReport([]).pupils).toEqual([{ pupilRef: '', role: 'VICTIM' }]);
  });
});
