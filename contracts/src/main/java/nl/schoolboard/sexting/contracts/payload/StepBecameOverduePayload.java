package nl.schoolboard.sexting.contracts.payload;

import java.time.Instant;

/**
 * Payload of {@code StepBecameOverdue}. A step passed its due time without being taken or skipped; the envelope's {@code occurredAt} is that due time too.
 */
public record StepBecameOverduePayload(
        Code step,
        Instant dueAt) implements CaseEventPayload {
}
