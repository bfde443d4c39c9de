package nl.schoolboard.sexting.prevention.planning;

/** Tells the other services what happened to activities. */
public interface PlanningEvents {

    /**
     * Publishes the integration event of one change of the activity and returns once the broker has acknowledged
     * it; throws when it could not. Publishing the same change again yields the same event id, so consumers can drop
     * the copy.
     */
    void publish(PreventionActivity activity, ActivityChange change, String correlationId);
}
