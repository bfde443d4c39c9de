package nl.schoolboard.sexting.caseservice.actor;

import java.util.List;

/** Keys of the metadata every command carries and every event inherits: who, in which role, for which board and school, in which request. */
public final class MetaDataKeys {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String BOARD_ID = "boardId";
    public static final String SCHOOL_ID = "schoolId";
    /** Named apart from Axon's own "correlationId" (a message id) so that neither overwrites the other. */
    public static final String REQUEST_CORRELATION_ID = "requestCorrelationId";

    public static final List<String> ALL = List.of(ACTOR_ID, ACTOR_ROLE, BOARD_ID, SCHOOL_ID, REQUEST_CORRELATION_ID);

    private MetaDataKeys() {
    }
}
