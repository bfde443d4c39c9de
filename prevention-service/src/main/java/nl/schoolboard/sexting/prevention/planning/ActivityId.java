package nl.schoolboard.sexting.prevention.planning;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a preventive activity. An activity planned because of a case event has an id derived from that event
 * and the kind of activity, so that handling the same event twice names the same activity (idempotence without a
 * separate "seen events" table).
 */
public record ActivityId(String value) {

    public ActivityId {
        Objects.requireNonNull(value, "activity id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an activity id is not blank");
        }
    }

    public static ActivityId of(String value) {
        return new ActivityId(value);
    }

    /** The id of the activity of this kind planned because of the given case event: {@code <eventId>:<KIND>}. */
    public static ActivityId plannedFor(UUID sourceEventId, ActivityKind kind) {
        return new ActivityId(sourceEventId + ":" + kind.name());
    }

    @Override
    public String toString() {
        return value;
    }
}
