package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.prevention.planning.ActivityChange;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.Schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A preventive activity as the API shows it, with its history (earlier schedules included). {@code date},
 * {@code startTime}, {@code endTime}, {@code location} and {@code ledBy} are set once it is scheduled.
 */
public record ActivityView(
        String id,
        String kind,
        String title,
        String status,
        String boardId,
        String schoolId,
        List<String> yearGroups,
        LocalDate dueBy,
        String reason,
        String sourceCaseId,
        String promptedByCaseId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        String ledBy,
        Integer attendance,
        String cancellationReason,
        Instant plannedAt,
        long version,
        List<ChangeView> history) {

    /** One step of the activity's life. */
    public record ChangeView(UUID eventId, String type, Instant at, String status, LocalDate dueBy, LocalDate date,
                             LocalTime startTime, LocalTime endTime, String location, String ledBy,
                             Integer attendance, String cancellationReason, LocalDate previousDate) {

        static ChangeView of(ActivityChange change) {
            Schedule s = change.schedule();
            return new ChangeView(change.eventId(), change.type().name(), change.at(), change.status().name(),
                    change.dueBy(), s == null ? null : s.date(), s == null ? null : s.startTime(),
                    s == null ? null : s.endTime(), s == null ? null : s.location(), s == null ? null : s.ledBy(),
                    change.attendance(), change.cancellationReason(), change.previousDate());
        }
    }

    static ActivityView of(PreventionActivity activity) {
        Schedule s = activity.schedule();
        return new ActivityView(activity.id().value(), activity.kind().name(),
                activity.title() != null ? activity.title() : activity.kind().dutchTitle(), activity.status().name(),
                activity.boardId(), activity.schoolId(), activity.yearGroups(), activity.dueBy(),
                activity.reason().name(), activity.sourceCaseId(), activity.promptedByCaseId(),
                s == null ? null : s.date(), s == null ? null : s.startTime(), s == null ? null : s.endTime(),
                s == null ? null : s.location(), s == null ? null : s.ledBy(), activity.attendance(),
                activity.cancellationReason(), activity.plannedAt(), activity.version(),
                activity.history().stream().map(ChangeView::of).toList());
    }
}
