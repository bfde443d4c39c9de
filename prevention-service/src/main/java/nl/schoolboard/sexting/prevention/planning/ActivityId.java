package nl.schoolboard.sexting.prevention.planning;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a preventive activity. Ids are deterministic wherever planning is automatic, so that handling the same
 * event twice, or two events at once, names the same activity and the store's unique id refuses a second copy:
 * <ul>
 *     <li>a lesson after an incident: {@code <eventId>:MEDIA_LITERACY_LESSON};</li>
 *     <li>a school-wide activity: {@code <schoolId>:<KIND>:<period>[:<n>]}, the period being the term, school year
 *     or window it is for, and {@code n} counting activities of that period that were cancelled or held before
 *     the need arose again;</li>
 *     <li>an activity the school adds itself: a random UUID.</li>
 * </ul>
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

    /** The id of a school-wide activity of a kind for a period: {@code <schoolId>:<KIND>:<period>}. */
    public static ActivityId forSchool(String schoolId, ActivityKind kind, String period) {
        return new ActivityId(schoolId + ":" + kind.name() + ":" + period);
    }

    /** The {@code n}th (from 1) activity of a kind for a period of the school: {@code <schoolId>:<KIND>:<period>:<n>}. */
    public static ActivityId forSchool(String schoolId, ActivityKind kind, String period, int n) {
        return new ActivityId(schoolId + ":" + kind.name() + ":" + period + ":" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
