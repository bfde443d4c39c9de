package nl.schoolboard.sexting.caseservice.incident.origin;

import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;

/**
 * Where a case belongs and who opened it, as its report named them: the board, the school and the reporting user
 * (null when the report came without one). None of these changes over the life of a case.
 */
public record CaseOrigin(String boardId, String schoolId, String reportedBy) {

    static CaseOrigin of(IncidentReported report) {
        return new CaseOrigin(report.boardId().value(), report.schoolId().value(),
                report.reportedBy() == null ? null : report.reportedBy().userId());
    }
}
