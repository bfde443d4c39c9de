package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.payload.CaseEventPayload;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a stored domain event into the integration event other services see: the payload from
 * {@link PayloadMapping}, its name and schema version from the contract's {@link CaseEventType}, and the envelope
 * from the stored message (ids, moments, board, school, actor, correlation). Only codes, dates, yes/no answers and
 * person references leave the case service: no names and no free text.
 */
final class CaseEventMapper {

    private CaseEventMapper() {
    }

    /** Empty for messages that are not case facts. */
    static Optional<CaseEvent> toIntegrationEvent(DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof CaseFact fact)) {
            return Optional.empty();
        }
        CaseEventPayload payload = PayloadMapping.payloadOf(fact);
        CaseEventType type = CaseEventType.of(payload.getClass());
        MetaData meta = message.getMetaData();
        return Optional.of(new CaseEvent(
                eventId(message.getIdentifier()),
                type.typeName(),
                type.schemaVersion(),
                fact.occurredAt(),
                message.getTimestamp(),
                String.valueOf(meta.get(MetaDataKeys.BOARD_ID)),
                String.valueOf(meta.get(MetaDataKeys.SCHOOL_ID)),
                fact.caseId().value(),
                message.getSequenceNumber(),
                new Actor(String.valueOf(meta.getOrDefault(MetaDataKeys.ACTOR_ID, "system")),
                        String.valueOf(meta.getOrDefault(MetaDataKeys.ACTOR_ROLE, "SYSTEM"))),
                (String) meta.get(MetaDataKeys.REQUEST_CORRELATION_ID),
                CaseEventJson.toTree(payload)));
    }

    /** Axon's message ids are UUIDs; anything else still gets a stable UUID so that redelivery keeps its identity. */
    private static UUID eventId(String axonIdentifier) {
        try {
            return UUID.fromString(axonIdentifier);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(axonIdentifier.getBytes(StandardCharsets.UTF_8));
        }
    }
}
