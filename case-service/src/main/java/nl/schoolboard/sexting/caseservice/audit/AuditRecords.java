package nl.schoolboard.sexting.caseservice.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.PersonalDataEvent;
import nl.schoolboard.sexting.contracts.Topics;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the services published into records for the trail. Tolerant: fields are looked up by name, so each
 * topic's contract can grow without breaking the audit. Only codes are kept from each source.
 */
final class AuditRecords {

    /** Fields of notification and prevention events that hold codes (never free text, never addresses). */
    private static final Set<String> NOTIFICATION_CODES = Set.of("channel", "recipientKind", "sourceEventId");
    private static final Set<String> PREVENTION_CODES = Set.of("activityId", "kind", "status", "dueBy", "date", "reason",
            "cancellationReasonCode");

    private AuditRecords() {
    }

    static Optional<AuditRecord> from(String topic, byte[] value) {
        JsonNode json;
        try {
            json = CaseEventJson.mapper().readTree(value);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (json == null || !json.hasNonNull("eventId") || !json.hasNonNull("boardId")) {
            return Optional.empty();
        }
        return Optional.of(switch (topic) {
            case Topics.CASE_EVENTS -> new AuditRecord(text(json, "eventId"), AuditKind.CASE_STEP, text(json, "type"),
                    text(json, "boardId"), text(json, "schoolId"), text(json, "caseId"),
                    text(json.path("actor"), "id"), text(json.path("actor"), "role"),
                    instant(json, "occurredAt"), instant(json, "recordedAt"), codes(json.path("payload"), null));
            case Topics.NOTIFICATION_EVENTS -> new AuditRecord(text(json, "eventId"), AuditKind.NOTIFICATION,
                    text(json, "type"), text(json, "boardId"), text(json, "schoolId"), text(json, "caseId"),
                    "notification-service", "SYSTEM", instant(json, "occurredAt"), instant(json, "occurredAt"),
                    codes(json, NOTIFICATION_CODES));
            case Topics.PREVENTION_EVENTS -> new AuditRecord(text(json, "eventId"), AuditKind.PREVENTION,
                    text(json, "type"), text(json, "boardId"), text(json, "schoolId"),
                    firstText(json, "sourceCaseId", "promptedByCaseId"),
                    json.path("actor").isObject() ? text(json.path("actor"), "id") : "prevention-service",
                    json.path("actor").isObject() ? text(json.path("actor"), "role") : "SYSTEM",
                    instant(json, "occurredAt"), instant(json, "occurredAt"), codes(json, PREVENTION_CODES));
            default -> new AuditRecord(text(json, "eventId"),
                    PersonalDataEvent.ERASURE.equals(text(json, "type")) ? AuditKind.PERSONAL_DATA_ERASURE
                            : AuditKind.PERSONAL_DATA_READ, text(json, "type"),
                    text(json, "boardId"), text(json, "schoolId"), text(json, "caseId"),
                    text(json.path("actor"), "id"), text(json.path("actor"), "role"),
                    instant(json, "occurredAt"), instant(json, "occurredAt"), codes(json, Set.of("what", "subject")));
        });
    }

    private static Map<String, Object> codes(JsonNode source, Set<String> only) {
        Map<String, Object> codes = new LinkedHashMap<>();
        source.fields().forEachRemaining(field -> {
            if (only == null || only.contains(field.getKey())) {
                codes.put(field.getKey(), field.getValue().isValueNode()
                        ? field.getValue().asText(null) : field.getValue().toString());
            }
        });
        return codes;
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    private static String firstText(JsonNode json, String... fields) {
        for (String field : fields) {
            if (json.hasNonNull(field)) {
                return json.get(field).asText();
            }
        }
        return null;
    }

    private static Instant instant(JsonNode json, String field) {
        try {
            return json.hasNonNull(field) ? Instant.parse(json.get(field).asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
