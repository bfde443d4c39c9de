package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code PressStatementPrepared}. Step 8: a press statement was approved (its text stays in the case service).
 *
 * @param approvedByRole the role of who approved it; null when it was recorded as words rather than a code
 */
public record PressStatementPreparedPayload(
        Code approvedByRole) implements CaseEventPayload {
}
