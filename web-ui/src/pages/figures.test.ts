import { describe, expect, it } from 'vitest';
import { auditQuery } from './AuditPage';
import { monthSeries } from './DashboardPage';

describe('the board figures and the audit filters', () => {
  it('turns incidents per school per month into one series per school over all months', () => {
    const series = monthSeries({
      incidentsPerSchoolPerMonth: [
        { schoolId: 'school-zuid', month: '2026-11', incidents: 1 },
        { schoolId: 'school-noord', month: '2026-10', incidents: 2 },
        { schoolId: 'school-noord', month: '2026-11', incidents: 3 },
      ],
      openCases: 4, overdueCases: 1, medianHoursToVictimConversation: 20, medianHoursToPoliceContact: null,
    });
    expect(series).toEqual({
      months: ['2026-10', '2026-11'],
      schools: [{ schoolId: 'school-noord', counts: [2, 3] }, { schoolId: 'school-zuid', counts: [0, 1] }],
    });
  });

  it('sends only the audit filters filled in, moments as instants', () => {
    expect(auditQuery({ caseId: ' c-1 ', actorId: '', schoolId: '', from: '2026-11-20T10:00', until: '' }))
      .toEqual({ caseId: 'c-1', from: '2026-11-20T09:00:00.000Z' });
  });
});
