package nl.schoolboard.sexting.caseservice.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.PressStatementPrepared;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;

/**
 * Until revision 2, who decided on police contact, who approved a press statement and who attended the victim's
 * conversation were free text, and a name typed there went onto the published events and into the audit trail. Now
 * they are {@link ConversationRole} codes. Reading an older event keeps a role that was already a code and turns
 * anything else into {@code OTHER}: the words are not carried forward, whatever they said.
 */
public final class RolesBecameCodes extends SingleEventUpcaster {

    /** Per event type, the field that held a role (or a list of roles) as text. */
    private static final Map<String, String> ROLE_FIELD = Map.of(
            PoliceContacted.class.getName(), "decidedByRole",
            PressStatementPrepared.class.getName(), "approvedByRole",
            VictimInterviewed.class.getName(), "attendeeRoles");
    static final String REVISION = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return ROLE_FIELD.containsKey(representation.getType().getName())
                && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String field = ROLE_FIELD.get(representation.getType().getName());
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), REVISION), JsonNode.class,
                payload -> asCodes(payload, field));
    }

    private static JsonNode asCodes(JsonNode payload, String field) {
        if (!(payload instanceof ObjectNode event)) {
            return payload;
        }
        JsonNode recorded = event.get(field);
        if (recorded instanceof ArrayNode roles) {
            ArrayNode codes = event.arrayNode();
            roles.forEach(role -> {
                TextNode code = code(role);
                if (!contains(codes, code)) {
                    codes.add(code);
                }
            });
            event.set(field, codes);
        } else if (recorded != null && !recorded.isNull()) {
            event.set(field, code(recorded));
        }
        return event;
    }

    private static TextNode code(JsonNode recorded) {
        return TextNode.valueOf(ConversationRole.fromRecorded(recorded.isTextual() ? recorded.asText() : null).name());
    }

    private static boolean contains(ArrayNode codes, TextNode code) {
        for (JsonNode existing : codes) {
            if (existing.equals(code)) {
                return true;
            }
        }
        return false;
    }
}
