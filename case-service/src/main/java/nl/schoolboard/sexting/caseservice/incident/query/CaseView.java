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
 * @param firstVictimConversationAt when the victim was first heard: the earliest {@code occurredAt} of the case's
 *                      {@code VictimInterviewed} events; null before the first
 * @param firstPoliceContactAt when the police were first contacted: the earliest {@code occurredAt} of its
 *                      {@code PoliceContacted} events; null before the first
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
        Instant firstVictimConversationAt,
        Instant firstPoliceContactAt,
        long version) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /**
     * A person in the case by reference (never a name), what kind of person, their current role, what the school
     * leader's assessment found about them ({@code VICTIM}, {@code SUSPECTED}, {@code WITHIN_PEER_EXCEPTION}; empty
     * before an assessment, and in views stored before it existed), and the facts last recorded about them (null
     * while none were, and in views stored before the view held them).
     */
    public record Person(String ref, String kind, String role, List<String> findings, Facts facts) {

        public Person {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        public Person(String ref, String kind, String role, List<String> findings) {
            this(ref, kind, role, findings, null);
        }

        public Person(String ref, String kind, String role) {
            this(ref, kind, role, List.of());
        }
    }

    /**
     * What is known of a person, as codes only: the reason a fact changed is a personal text and stays out of the view.
     *
     * @param acts              what they did or what was done to them ({@code Act}), in the enum's order
     * @param madeVoluntarily   whether the image was made of their own free will; null when not known
     * @param sharedVoluntarily whether they shared it of their own free will; null when not known
     * @param sharedWith        the references of the people they shared it with voluntarily
     * @param age               their age at the time of the incident; null when not known
     * @param ageBand           the band their age lies in ({@code AgeBand}): from the age when known, else as recorded
     * @param affiliation       who they are to the school ({@code Affiliation}); null when not known
     * @param sector            the sector of their school ({@code Sector}); null when not known
     */
    public record Facts(List<String> acts, Boolean madeVoluntarily, Boolean sharedVoluntarily, List<String> sharedWith,
                        Integer age, String ageBand, String affiliation, String sector) {

        public Facts {
            acts = acts == null ? List.of() : List.copyOf(acts);
            sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
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
