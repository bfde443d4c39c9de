package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.incident.aggregate.CaseReach;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The metadata every command carries: who, in which role, for which board, in which request, with which retry key. */
final class CommandMetaData {

    private CommandMetaData() {
    }

    static MetaData of(RequestActor actor, String idempotencyKey) {
        Map<String, Object> meta = new HashMap<>();
        meta.put(MetaDataKeys.ACTOR_ID, actor.userId());
        meta.put(MetaDataKeys.ACTOR_ROLE, actor.role().name());
        meta.put(MetaDataKeys.BOARD_ID, actor.boardId());
        // a board-wide role (the board's administrator on its reporting-duty track) is not limited to schools
        if (actor.role().worksAtSchools()) {
            meta.put(CaseReach.CALLER_SCHOOLS, List.copyOf(actor.schools()));
        }
        meta.put(MetaDataKeys.REQUEST_CORRELATION_ID, actor.correlationId());
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            meta.put(MetaDataKeys.IDEMPOTENCY_KEY, idempotencyKey.trim());
        }
        return MetaData.from(meta);
    }
}
