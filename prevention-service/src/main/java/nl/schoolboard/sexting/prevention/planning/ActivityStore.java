package nl.schoolboard.sexting.prevention.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where activities are kept, each with its history and which of its changes went out to the broker. */
public interface ActivityStore {

    /** Stores a new activity; {@code false} (and nothing changed) when one with the same id is already there. */
    boolean insert(PreventionActivity activity);

    /**
     * Stores a changed activity whose version is one more than the stored one, appending its last history entry;
     * {@code false} (and nothing changed) when the stored version is not {@code updated.version() - 1} any more.
     */
    boolean update(PreventionActivity updated);

    Optional<PreventionActivity> find(ActivityId id);

    /** A board's activities at one of its schools, soonest due first; never another board's at the same id. */
    List<PreventionActivity> findBySchool(String boardId, String schoolId);

    /** A board's activities of one kind at one of its schools. */
    List<PreventionActivity> findBySchoolAndKind(String boardId, String schoolId, ActivityKind kind);

    /** A board's activities of any of these kinds at one of its schools, in one read. */
    List<PreventionActivity> findBySchoolAndKinds(String boardId, String schoolId, Set<ActivityKind> kinds);

    List<PreventionActivity> findByBoard(String boardId);

    /** Activities with a change whose event was not acknowledged, changed before {@code before}; at most {@code limit}. */
    List<PreventionActivity> findWithUnpublishedChanges(Instant before, int limit);

    /** Notes that the broker acknowledged the event of this change. */
    void markPublished(ActivityId id, UUID eventId, Instant at);

    /** Whether the broker acknowledged the {@code PreventionActivityPlanned} of this activity. */
    default boolean plannedEventPublished(ActivityId id) {
        return find(id).map(activity -> activity.history().get(0).published()).orElse(false);
    }
}
