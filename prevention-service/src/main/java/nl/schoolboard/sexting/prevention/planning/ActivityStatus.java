package nl.schoolboard.sexting.prevention.planning;

/** Where an activity stands. Scheduling (a date in the school calendar), holding and cancelling come later. */
public enum ActivityStatus {
    /** Decided on, with a date it is due by, not yet put in the school calendar. */
    PLANNED
}
