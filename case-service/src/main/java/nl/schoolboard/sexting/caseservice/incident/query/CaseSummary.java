package nl.schoolboard.sexting.caseservice.incident.query;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

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

    /** The case view's fields a summary is made of (the names of {@link CaseView}'s components; its id is {@code _id}). */
    static final String[] FIELDS = {"schoolId", "status", "outcome", "cameToLightAt", "reportedAt", "materialKind",
            "minorNudeInvolved", "overdue", "nextDueAt", "closedAt", "version"};

    /** From a stored case view read with {@link #FIELDS}. */
    static CaseSummary of(Document view) {
        return new CaseSummary(view.getString("_id"), view.getString("schoolId"), view.getString("status"),
                view.getString("outcome"), instant(view.getDate("cameToLightAt")), instant(view.getDate("reportedAt")),
                view.getString("materialKind"), view.getBoolean("minorNudeInvolved", false),
                view.getBoolean("overdue", false), instant(view.getDate("nextDueAt")),
                instant(view.getDate("closedAt")), ((Number) view.get("version")).longValue());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
