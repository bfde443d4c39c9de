package nl.schoolboard.sexting.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of every integration event about a case. The payload's shape is fixed by {@code type} and
 * {@code schemaVersion} (see {@link CaseEventTypes}); a consumer reads the payloads it knows with
 * {@link CaseEventJson#payload(CaseEvent, Class)} and skips the types it does not know, so that a producer can add
 * a new kind of event without breaking anyone (tolerant reader).
 *
 * @param eventId       unique per event; consumers are idempotent on it
 * @param occurredAt    when it happened in the world, as the user said
 * @param recordedAt    when the case service stored it
 * @param caseVersion   the case's version after this event (0 for the report), so consumers can tell what they missed
 * @param correlationId the id of the request that caused it, for tracing across services
 */
public record CaseEvent(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        Instant recordedAt,
        String boardId,
        String schoolId,
        String caseId,
        long caseVersion,
        Actor actor,
        String correlationId,
        JsonNode payload) {
}
