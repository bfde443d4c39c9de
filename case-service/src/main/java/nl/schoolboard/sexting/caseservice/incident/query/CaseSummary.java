package nl.schoolboard.sexting.caseservice.incident.query;

import java.time.Instant;

/** One line of the case list: enough to pick a case, nothing about the people in it. */
public record CaseSummary(
        String caseId,
        String schoolId,
        String status,
        String outcome,
        Instant cameToLightAt,
        Instant reportedAt,
        String materialKind,
        boolean minorNudeInvolved,
        boolean overdue,
        Instant nextDueAt,
        Instant closedAt,
        long version) {

    static CaseSummary of(CaseView view) {
        return new CaseSummary(view.caseId(), view.schoolId(), view.status(), view.outcome(), view.cameToLightAt(),
                view.reportedAt(), view.materialKind(), view.minorNudeInvolved(), view.overdue(), view.nextDueAt(),
                view.closedAt(), view.version());
    }
}
