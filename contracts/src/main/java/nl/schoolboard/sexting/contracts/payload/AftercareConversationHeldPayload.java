package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code AftercareConversationHeld}. A follow-up conversation with the victim was held (how it went stays
 * in the case service).
 *
 * @param victim the pupil the conversation was with
 */
public record AftercareConversationHeldPayload(
        PersonReference victim) implements CaseEventPayload {
}
