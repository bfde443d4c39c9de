package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code AangifteDecided}. The decision on filing a complaint with the police (the reason stays in the case service).
 */
public record AangifteDecidedPayload(
        boolean aangifteFiled) implements CaseEventPayload {
}
