package nl.schoolboard.sexting.prevention.planning;

/** What happened to an activity; each is published as its own integration event. */
public enum ChangeType {
    PLANNED("PreventionActivityPlanned"),
    SCHEDULED("PreventionActivityScheduled"),
    RESCHEDULED("PreventionActivityRescheduled"),
    DUE_DATE_ADVANCED("PreventionActivityDueDateAdvanced"),
    COMPLETED("PreventionActivityCompleted"),
    CANCELLED("PreventionActivityCancelled");

    private final String eventType;

    ChangeType(String eventType) {
        this.eventType = eventType;
    }

    /** The {@code type} of the integration event (the constants of the contracts' {@code PreventionEvent}). */
    public String eventType() {
        return eventType;
    }
}
