package nl.schoolboard.sexting.prevention.planning;

/**
 * What happened to an activity; each is published as its own integration event (the Kafka adapter names the
 * event type, with the contract's constants).
 */
public enum ChangeType {
    PLANNED,
    SCHEDULED,
    RESCHEDULED,
    DUE_DATE_ADVANCED,
    COMPLETED,
    CANCELLED
}
