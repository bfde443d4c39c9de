package nl.schoolboard.sexting.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.contracts.CaseEventJson;

/** Small step-event payloads for events this service has no rule for. */
final class CaseEventJsonNodes {

    private CaseEventJsonNodes() {
    }

    static ObjectNode sanction(String pupil) {
        return CaseEventJson.mapper().createObjectNode().put("pupil", pupil).put("kind", "DETENTION");
    }

    static ObjectNode pupil(String pupil) {
        return CaseEventJson.mapper().createObjectNode().put("pupil", pupil);
    }
}
