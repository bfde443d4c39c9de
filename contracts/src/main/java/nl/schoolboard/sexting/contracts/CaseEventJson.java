package nl.schoolboard.sexting.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.schoolboard.sexting.contracts.payload.CaseEventPayload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The one JSON form of case events on the wire. Producers and consumers use this and nothing else. */
public final class CaseEventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // tolerant reader: a producer may add fields, old consumers ignore them
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CaseEventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(CaseEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case event could not be written as JSON: " + event.type(), e);
        }
    }

    /** Reads and checks an envelope; anything a consumer could not act on safely is a {@link MalformedCaseEvent}. */
    public static CaseEvent read(byte[] json) {
        if (json == null || json.length == 0) {
            throw new MalformedCaseEvent("empty record");
        }
        CaseEvent event;
        try {
            event = MAPPER.readValue(json, CaseEvent.class);
        } catch (IOException e) {
            throw new MalformedCaseEvent("not a case event: " + e.getMessage(), e);
        }
        List<String> missing = new ArrayList<>();
        if (event.eventId() == null) missing.add("eventId");
        if (isBlank(event.type())) missing.add("type");
        if (event.schemaVersion() < 1) missing.add("schemaVersion");
        if (isBlank(event.boardId())) missing.add("boardId");
        if (isBlank(event.schoolId())) missing.add("schoolId");
        if (isBlank(event.caseId())) missing.add("caseId");
        if (event.occurredAt() == null) missing.add("occurredAt");
        if (event.payload() == null || !event.payload().isObject()) missing.add("payload");
        if (!missing.isEmpty()) {
            throw new MalformedCaseEvent("case event lacks " + String.join(", ", missing));
        }
        return event;
    }

    /**
     * The typed payload of {@code event}, which must be of the type that publishes {@code payloadType} (dispatch on
     * {@link CaseEventType#is(CaseEvent)} first). A schema version this contract does not know, or a payload that
     * does not fit the record (a code that is not a code, a reference that is not a reference), is a
     * {@link MalformedCaseEvent}; fields the record does not have are ignored.
     */
    public static <P extends CaseEventPayload> P payload(CaseEvent event, Class<P> payloadType) {
        CaseEventType type = CaseEventType.of(payloadType);
        if (!type.is(event)) {
            throw new IllegalArgumentException("a " + event.type() + " has no " + payloadType.getSimpleName());
        }
        if (event.schemaVersion() != type.schemaVersion()) {
            throw new MalformedCaseEvent(event.type() + " v" + event.schemaVersion()
                    + " is not a version this contract reads (it reads v" + type.schemaVersion() + ")");
        }
        try {
            return MAPPER.treeToValue(event.payload(), payloadType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedCaseEvent(
                    "payload of " + event.type() + " v" + event.schemaVersion() + " is not a " + payloadType.getSimpleName(), e);
        }
    }

    public static JsonNode toTree(CaseEventPayload payload) {
        return MAPPER.valueToTree(payload);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
