package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code ConfidentialInspectorConsulted}. The confidential inspector was consulted.
 */
public record ConfidentialInspectorConsultedPayload() implements CaseEventPayload {
}
