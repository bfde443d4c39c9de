package nl.schoolboard.sexting.prevention.planning;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of an activity's history, with the state it left the activity in, so that rescheduling keeps the
 * earlier dates and every change can be published as it was. {@code publishedAt} is null until the broker
 * acknowledged the change's integration event (an outbox kept inside the activity's document).
 *
 * @param eventId            the id of the integration event; derived from the activity id and the change, so
 *                           publishing it again yields the same id
 * @param cancellationReason what the school wrote when it cancelled; stays in this service, never published
 * @param cancellationCode   why it was cancelled, as published; null for other changes (and {@code OTHER} is read
 *                           for cancellations stored before codes were kept)
 * @param previousDate       the scheduled date before a reschedule, or the due date before it was advanced
 * @param by                 who made the change; null only for changes stored before this was recorded
 */
public record ActivityChange(
        UUID eventId,
        ChangeType type,
        Instant at,
        ActivityStatus status,
        LocalDate dueBy,
        Schedule schedule,
        Integer attendance,
        String cancellationReason,
        CancellationReason cancellationCode,
        LocalDate previousDate,
        ChangedBy by,
        Instant publishedAt) {

    public ActivityChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        if (type == ChangeType.CANCELLED && cancellationCode == null) {
            cancellationCode = CancellationReason.OTHER;
        }
    }

    /** The event id of the change that made the activity reach {@code version}; see {@link #eventId}. */
    static UUID eventIdFor(ActivityId activity, ChangeType type, long version) {
        String name = type == ChangeType.PLANNED
                ? activity.value() + ":PLANNED"
                : activity.value() + ":" + version + ":" + type.name();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public boolean published() {
        return publishedAt != null;
    }

    public ActivityChange publishedAt(Instant when) {
        return new ActivityChange(eventId, type, at, status, dueBy, schedule, attendance, cancellationReason,
                cancellationCode, previousDate, by, when);
    }
}
