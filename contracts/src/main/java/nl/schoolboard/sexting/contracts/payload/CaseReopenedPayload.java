package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code CaseReopened}. The case is open again (the reason stays in the case service).
 */
public record CaseReopenedPayload() implements CaseEventPayload {
}
