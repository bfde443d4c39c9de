package nl.schoolboard.sexting.contracts.payload;

import java.time.Instant;
import java.util.Map;

/**
 * Payload of {@code DeadlinesSet}. The case opened and each step with a deadline got its due time, from the board's deadline policy.
 *
 * @param dueAt the due time per protocol step code, for the steps that have one
 */
public record DeadlinesSetPayload(
        Map<Code, Instant> dueAt) implements CaseEventPayload {
}
