package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code LegalHoldLifted}. The legal hold ended.
 */
public record LegalHoldLiftedPayload() implements CaseEventPayload {
}
