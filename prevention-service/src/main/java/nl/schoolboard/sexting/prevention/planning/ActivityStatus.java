package nl.schoolboard.sexting.prevention.planning;

/** Where an activity stands: planned → scheduled → done, or cancelled before it was held. */
public enum ActivityStatus {
    /** Decided on, with a date it is due by, not yet put in the school calendar. */
    PLANNED,
    /** Has a date, a time, a place and someone who leads it; may be rescheduled. */
    SCHEDULED,
    /** Held, with its attendance. */
    DONE,
    /** Called off, with a reason. */
    CANCELLED;

    public boolean isOpen() {
        return this == PLANNED || this == SCHEDULED;
    }
}
