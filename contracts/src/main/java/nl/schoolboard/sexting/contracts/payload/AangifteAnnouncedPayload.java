package nl.schoolboard.sexting.contracts.payload;

/** Payload of {@code AangifteAnnounced}: the staff member and the pupil's parents told before the report. */
public record AangifteAnnouncedPayload(
        boolean staffMemberTold,
        boolean parentsTold) implements CaseEventPayload {
}
