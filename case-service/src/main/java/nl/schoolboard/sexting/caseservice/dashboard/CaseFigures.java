package nl.schoolboard.sexting.caseservice.dashboard;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * What the board's figures know of one case: where and when it came to light, the kind of material, how it stands,
 * and when the first steps were taken. Read straight from the stored case view, these fields only: the dashboard reads
 * every case of the board for every request, and a whole view (people, checklist) is many times this size.
 *
 * @param status   {@code OPEN} or {@code CLOSED}, as in the case view
 * @param outcome  how a closed case ended, or null
 * @param overdue  whether a step of the open case is overdue
 * @param firstVictimConversationAt when the victim was first heard, or null
 * @param firstPoliceContactAt      when the police were first contacted, or null
 */
record CaseFigures(String schoolId, Instant cameToLightAt, String materialKind, String status, String outcome,
                   boolean overdue, Instant firstVictimConversationAt, Instant firstPoliceContactAt) {

    /** The case view's fields the figures are made of (the names of {@code CaseView}'s components). */
    static final Document FIELDS = new Document("_id", 0).append("schoolId", 1).append("cameToLightAt", 1)
            .append("materialKind", 1).append("status", 1).append("outcome", 1).append("overdue", 1)
            .append("firstVictimConversationAt", 1).append("firstPoliceContactAt", 1);

    /** From a stored case view read with {@link #FIELDS}. */
    static CaseFigures of(Document view) {
        return new CaseFigures(view.getString("schoolId"), instant(view.getDate("cameToLightAt")),
                view.getString("materialKind"), view.getString("status"), view.getString("outcome"),
                view.getBoolean("overdue", false), instant(view.getDate("firstVictimConversationAt")),
                instant(view.getDate("firstPoliceContactAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
