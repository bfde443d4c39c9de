package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code SanctionFormalityRecorded}.
 *
 * @param formality {@code DECISION_LETTER_SENT} or {@code INSPECTIE_NOTIFIED} (a suspension); {@code PUPIL_AND_PARENTS_HEARD},
 *                  {@code INSPECTIE_CONSULTED} or {@code OTHER_SCHOOL_FOUND} (an expulsion procedure's steps)
 */
public record SanctionFormalityRecordedPayload(
        PersonReference person,
        Code formality) implements CaseEventPayload {
}
