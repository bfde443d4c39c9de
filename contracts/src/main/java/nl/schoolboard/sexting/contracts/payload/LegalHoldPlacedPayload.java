package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code LegalHoldPlaced}. The case is under legal hold: retention does not erase it.
 */
public record LegalHoldPlacedPayload() implements CaseEventPayload {
}
