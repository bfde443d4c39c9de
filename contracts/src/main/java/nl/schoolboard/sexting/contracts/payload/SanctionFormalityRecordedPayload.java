package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code SanctionFormalityRecorded}.
 *
 * @param formality {@code DECISION_LETTER_SENT} or {@code INSPECTIE_NOTIFIED}
 */
public record SanctionFormalityRecordedPayload(
        PersonReference person,
        Code formality) implements CaseEventPayload {
}
