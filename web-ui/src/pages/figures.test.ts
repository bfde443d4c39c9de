import { describe, expect, it } from 'vitest';
import { auditQuery } from './AuditPage';
import { yearSeries } from './DashboardPage';

describe('the board figures and the audit filters', () => {
  it('turns incidents per school per school year into one series per school, by name, over all years', () => {
    const series = yearSeries({
      roundingBase: 5,
      incidentsPerSchoolPerYear: [
        { schoolYear: '2026-2027', schoolId: 'school-zuid', schoolName: 'Zuiderpoort Lyceum', count: 5 },
        { schoolYear: '2025-2026', schoolId: 'school-noord', schoolName: 'Noorderlicht College', count: 10 },
        { schoolYear: '2026-2027', schoolId: 'school-noord', schoolName: 'Noorderlicht College', count: 15 },
      ],
      openCases: 5, overdueCases: 0, medianHoursToVictimConversation: 20, medianHoursToPoliceContact: null,
    });
    expect(series).toEqual({
      years: ['2025-2026', '2026-2027'],
      schools: [
        { schoolId: 'school-noord', schoolName: 'Noorderlicht College', counts: [10, 15] },
        { schoolId: 'school-zuid', schoolName: 'Zuiderpoort Lyceum', counts: [0, 5] },
      ],
    });
  });

  it('sends only the audit filters filled in, moments as instants', () => {
    expect(auditQuery({ caseId: ' c-1 ', actorId: '', schoolId: '', from: '2026-11-20T10:00', until: '' }))
      .toEqual({ caseId: 'c-1', from: '2026-11-20T09:00:00.000Z' });
  });
});
