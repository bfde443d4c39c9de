package nl.schoolboard.sexting.contracts.payload;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code AftercarePlanned}. After the first conversation with a victim, the follow-ups are planned.
 *
 * @param victim           the pupil the follow-ups are with
 * @param conversationsDue when each follow-up conversation is due, earliest first
 */
public record AftercarePlannedPayload(
        PersonReference victim,
        List<Instant> conversationsDue) implements CaseEventPayload {
}
