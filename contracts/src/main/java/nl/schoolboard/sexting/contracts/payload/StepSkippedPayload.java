package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code StepSkipped}. A step is deliberately not taken (the reason stays in the case service).
 */
public record StepSkippedPayload(
        Code step) implements CaseEventPayload {
}
