package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code BoardInformed}. The board knows of the case.
 */
public record BoardInformedPayload() implements CaseEventPayload {
}
