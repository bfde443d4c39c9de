package nl.schoolboard.sexting.prevention.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where activities are kept, with the fact whether their {@code PreventionActivityPlanned} went out. */
public interface ActivityStore {

    /** Stores a new activity; {@code false} (and nothing changed) when one with the same id is already there. */
    boolean insert(PreventionActivity activity);

    Optional<PreventionActivity> find(ActivityId id);

    /** A school's activities, soonest due first. */
    List<PreventionActivity> findBySchool(String schoolId);

    /** Whether the broker acknowledged the {@code PreventionActivityPlanned} of this activity. */
    boolean plannedEventPublished(ActivityId id);

    void markPlannedEventPublished(ActivityId id, Instant at);
}
