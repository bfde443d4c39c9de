package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.caseservice.incident.command.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.command.IncidentReported;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventTypes;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload.InvolvedPupil;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.util.Optional;
import java.util.UUID;

/**
 * Turns a domain event into the integration event other services see. Only codes and pupil references leave the
 * case service: no names and no free text.
 */
final class CaseEventMapper {

    private CaseEventMapper() {
    }

    /** Empty for domain events that are not (yet) published. */
    static Optional<CaseEvent> toIntegrationEvent(DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof CaseFact fact)) {
            return Optional.empty();
        }
        if (fact instanceof IncidentReported reported) {
            return Optional.of(envelope(message, fact, CaseEventTypes.INCIDENT_REPORTED,
                    CaseEventTypes.INCIDENT_REPORTED_VERSION, reported.boardId().value(), reported.schoolId().value(),
                    payload(reported)));
        }
        return Optional.empty();
    }

    private static IncidentReportedPayload payload(IncidentReported reported) {
        return new IncidentReportedPayload(
                reported.cameToLightAt(),
                reported.cameToLightHow().name(),
                reported.materialKind().name(),
                reported.platforms().stream().map(Enum::name).sorted().toList(),
                reported.minorNudeInvolved(),
                reported.involvedPupils().stream()
                        .map(p -> new InvolvedPupil(p.pupil().value(), p.role().name()))
                        .toList(),
                reported.yearGroups());
    }

    private static CaseEvent envelope(DomainEventMessage<?> message, CaseFact fact, String type, int schemaVersion,
                                      String boardId, String schoolId, Object payload) {
        MetaData meta = message.getMetaData();
        return new CaseEvent(
                eventId(message.getIdentifier()),
                type,
                schemaVersion,
                fact.occurredAt(),
                message.getTimestamp(),
                boardId,
                schoolId,
                fact.caseId().value(),
                message.getSequenceNumber(),
                new Actor(String.valueOf(meta.getOrDefault(MetaDataKeys.ACTOR_ID, "unknown")),
                        String.valueOf(meta.getOrDefault(MetaDataKeys.ACTOR_ROLE, "unknown"))),
                (String) meta.get(MetaDataKeys.REQUEST_CORRELATION_ID),
                CaseEventJson.toTree(payload));
    }

    /** Axon's message ids are UUIDs; anything else still gets a stable UUID so that redelivery keeps its identity. */
    private static UUID eventId(String axonIdentifier) {
        try {
            return UUID.fromString(axonIdentifier);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(axonIdentifier.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
