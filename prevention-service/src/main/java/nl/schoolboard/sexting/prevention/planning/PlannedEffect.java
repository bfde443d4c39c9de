package nl.schoolboard.sexting.prevention.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What handling one incident decided: that an activity with this id must exist, due no later than {@code dueBy}.
 * Applying it creates the activity, or brings an existing one that is still only planned forward; applying it twice
 * changes nothing more.
 */
public record PlannedEffect(ActivityId activityId, ActivityKind kind, LocalDate dueBy, PlanningReason reason) {

    public PlannedEffect {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(reason, "reason");
    }
}
