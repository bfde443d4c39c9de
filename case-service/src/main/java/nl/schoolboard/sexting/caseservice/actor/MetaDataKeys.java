package nl.schoolboard.sexting.caseservice.actor;

import nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCase;

import java.util.List;

/** Keys of the metadata every command carries and every event inherits: who, in which role, for which board and school, in which request. */
public final class MetaDataKeys {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    /** On a command: the caller's board. On an event: the case's board, set by the case itself. */
    public static final String BOARD_ID = IncidentCase.BOARD_ID;
    /** On an event: the case's school, set by the case itself. */
    public static final String SCHOOL_ID = IncidentCase.SCHOOL_ID;
    /** Named apart from Axon's own "correlationId" (a message id) so that neither overwrites the other. */
    public static final String REQUEST_CORRELATION_ID = "requestCorrelationId";

    /** A client's key for a retried command; carried onto the events so the case knows which keys it has seen. */
    public static final String IDEMPOTENCY_KEY = IncidentCase.IDEMPOTENCY_KEY;

    /**
     * What is copied from a command onto the events it causes. Board, school and idempotency key are not: the case
     * sets them on every event itself, so they cannot be wrong whatever a caller sends.
     */
    public static final List<String> COPIED_TO_EVENTS = List.of(ACTOR_ID, ACTOR_ROLE, REQUEST_CORRELATION_ID);

    private MetaDataKeys() {
    }
}
