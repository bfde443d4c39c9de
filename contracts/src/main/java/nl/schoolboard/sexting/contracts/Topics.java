package nl.schoolboard.sexting.contracts;

/** Kafka topic names shared by producers and consumers. */
public final class Topics {

    /** Every step of a case, keyed by case id so that one case's events stay in order. */
    public static final String CASE_EVENTS = "case-events";

    /** Records no consumer could read (malformed, unknown schema): kept for an engineer, never retried blindly. */
    public static final String CASE_EVENTS_DEAD_LETTER = "case-events.DLT";

    /** What notification-service did: sent, failed, merged deliveries. */
    public static final String NOTIFICATION_EVENTS = "notification-events";

    /** What prevention-service planned, scheduled, held or cancelled. */
    public static final String PREVENTION_EVENTS = "prevention-events";

    /** Reads of personal data (who read what of which case, when), published by every service for the audit trail. */
    public static final String PERSONAL_DATA_READS = "personal-data-reads";

    private Topics() {
    }
}
