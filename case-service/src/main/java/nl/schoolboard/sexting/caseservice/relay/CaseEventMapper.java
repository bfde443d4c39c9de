package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventTypes;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload.InvolvedPupil;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a domain event into the integration event other services see. Only codes, dates, yes/no answers and person
 * references leave the case service: no names and no free text.
 *
 * <p>Step events are mapped by the types of their fields, so that a new event cannot leak text by accident: enums
 * become their code, moments and dates their ISO form, person references their value; a text field is dropped
 * unless it is one of the few that hold a code (a role), and a map of reasons keeps only its keys.</p>
 */
final class CaseEventMapper {

    /** Text fields that hold a code, not words of a person. */
    private static final Set<String> CODE_TEXT_FIELDS = Set.of("decidedByRole", "approvedByRole", "attendeeRoles");
    private static final Set<String> IN_ENVELOPE = Set.of("caseId", "occurredAt");

    private CaseEventMapper() {
    }

    /** Empty for messages that are not case facts. */
    static Optional<CaseEvent> toIntegrationEvent(DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof CaseFact fact)) {
            return Optional.empty();
        }
        if (fact instanceof IncidentReported reported) {
            return Optional.of(envelope(message, fact, CaseEventTypes.INCIDENT_REPORTED,
                    CaseEventTypes.INCIDENT_REPORTED_VERSION, payload(reported)));
        }
        return Optional.of(envelope(message, fact, fact.getClass().getSimpleName(), CaseEventTypes.STEP_EVENT_VERSION,
                codesOnly(fact)));
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

    static Map<String, Object> codesOnly(CaseFact fact) {
        Map<String, Object> payload = new LinkedHashMap<>();
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            String name = component.getName();
            if (IN_ENVELOPE.contains(name)) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(fact);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + fact.getClass().getSimpleName(), e);
            }
            if (value instanceof PersonalText) {
                continue; // words about a person never leave the case service
            }
            if (value instanceof Map<?, ?> map
                    && map.values().stream().allMatch(v -> v == null || v instanceof String || v instanceof PersonalText)) {
                payload.put(name.replace("Reasons", "s"), map.keySet().stream().map(CaseEventMapper::code).toList());
            } else if (!(value instanceof String) && !(value instanceof Collection<?> c && c.stream().anyMatch(String.class::isInstance))
                    || CODE_TEXT_FIELDS.contains(name)) {
                payload.put(name, code(value));
            }
        }
        return payload;
    }

    private static Object code(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof PersonRef ref) {
            return ref.value();
        }
        if (value instanceof Temporal || value instanceof String) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(CaseEventMapper::code).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> codes = new LinkedHashMap<>();
            map.forEach((k, v) -> codes.put(String.valueOf(code(k)), code(v)));
            return codes;
        }
        throw new IllegalStateException("no code form for a " + value.getClass().getSimpleName()
                + "; decide whether it may leave the case service before publishing it");
    }

    private static CaseEvent envelope(DomainEventMessage<?> message, CaseFact fact, String type, int schemaVersion,
                                      Object payload) {
        MetaData meta = message.getMetaData();
        return new CaseEvent(
                eventId(message.getIdentifier()),
                type,
                schemaVersion,
                fact.occurredAt(),
                message.getTimestamp(),
                String.valueOf(meta.get(MetaDataKeys.BOARD_ID)),
                String.valueOf(meta.get(MetaDataKeys.SCHOOL_ID)),
                fact.caseId().value(),
                message.getSequenceNumber(),
                new Actor(String.valueOf(meta.getOrDefault(MetaDataKeys.ACTOR_ID, "system")),
                        String.valueOf(meta.getOrDefault(MetaDataKeys.ACTOR_ROLE, "SYSTEM"))),
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
