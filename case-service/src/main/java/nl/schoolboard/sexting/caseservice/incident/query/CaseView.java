package nl.schoolboard.sexting.caseservice.incident.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A case as the case desk shows it: the report, the people and their current roles, and the protocol checklist.
 *
 * <p>Every field is a function of the case's events up to {@code version} (the sequence number of the last event
 * folded in), computed by {@link CaseFold} with the aggregate's own {@code CaseFile}; the projection stores it, the
 * point-in-time view computes it for a past moment. Moments are kept to the millisecond, as MongoDB keeps them, so
 * that a stored view and a freshly folded one are equal.</p>
 *
 * @param status        {@code OPEN} or {@code CLOSED}
 * @param outcome       how the case ended; null while it is open (also after a reopen)
 * @param reportedAt    when the report was recorded (the first event's timestamp)
 * @param reportedBy    the pseudonymous user id of the person who recorded the report
 * @param overdue       whether a step of an open case passed its due time while open
 * @param nextDueAt     the earliest due time among the open steps of an open case, or null
 * @param closedAt      when the case was closed (as the user said), or null while it is open
 * @param lastRecordedAt when the last event folded in was recorded
 * @param legalHold     kept beyond retention (a police investigation, a court case)
 * @param personalDataErased the case's personal texts were erased (retention): they show as erased
 * @param version       the case version this view reflects
 */
@Document("cases")
public record CaseView(
        @Id String caseId,
        String boardId,
        String schoolId,
        String status,
        String outcome,
        Instant cameToLightAt,
        String cameToLightHow,
        Instant reportedAt,
        String reportedBy,
        String materialKind,
        List<String> platforms,
        boolean minorNudeInvolved,
        List<String> yearGroups,
        List<Person> people,
        boolean reportingDutyTrack,
        List<ChecklistLine> checklist,
        boolean overdue,
        Instant nextDueAt,
        Instant closedAt,
        Instant lastRecordedAt,
        boolean legalHold,
        boolean personalDataErased,
        long version) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /**
     * A person in the case by reference (never a name), what kind of person, their current role, and what the school
     * leader's assessment found about them ({@code VICTIM}, {@code SUSPECTED}, {@code WITHIN_PEER_EXCEPTION}; empty
     * before an assessment, and in views stored before it existed).
     */
    public record Person(String ref, String kind, String role, List<String> findings) {

        public Person {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        public Person(String ref, String kind, String role) {
            this(ref, kind, role, List.of());
        }
    }

    /**
     * One protocol step.
     *
     * @param state  {@code NOT_APPLICABLE}, {@code OPEN}, {@code DONE} or {@code SKIPPED}
     * @param reason why the step was not taken, when it was skipped
     */
    public record ChecklistLine(String step, boolean required, String state, Instant dueAt, boolean overdue,
                                String reason) {
    }
}
