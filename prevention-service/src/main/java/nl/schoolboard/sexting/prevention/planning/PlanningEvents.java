package nl.schoolboard.sexting.prevention.planning;

/** Tells the other services what was planned. */
public interface PlanningEvents {

    /**
     * Publishes {@code PreventionActivityPlanned} and returns once the broker has acknowledged it; throws when it
     * could not. Publishing the same activity again yields the same event id, so consumers can drop the copy.
     */
    void activityPlanned(PreventionActivity activity, String correlationId);
}
