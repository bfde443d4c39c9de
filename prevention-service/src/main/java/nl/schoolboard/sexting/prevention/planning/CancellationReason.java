package nl.schoolboard.sexting.prevention.planning;

/**
 * Why an activity was called off, as a code: what leaves prevention-service on {@code prevention-events} (and so
 * reaches the permanent audit trail). The words the school typed with it stay in this service's own store.
 */
public enum CancellationReason {
    /** The one leading it, or too many taking part, fell ill. */
    ILLNESS,
    /** Called off to be planned again as a new activity. */
    RESCHEDULED,
    /** The need is gone (held together with another school, covered otherwise). */
    NO_LONGER_NEEDED,
    /** Anything else, and every cancellation stored before reasons had codes. */
    OTHER
}
