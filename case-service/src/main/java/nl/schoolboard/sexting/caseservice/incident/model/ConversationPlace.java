package nl.schoolboard.sexting.caseservice.incident.model;

/**
 * Where a conversation with parents takes place: a code, so that it can travel on the published events (free text
 * never does). The school's own address and contact come from notification-service's directory, per school.
 */
public enum ConversationPlace {
    /** At school, at the school's address. */
    AT_SCHOOL,
    /** A video call; the school sends the link itself. */
    ONLINE,
    /** By telephone; the school calls. */
    BY_PHONE
}
