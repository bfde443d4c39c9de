package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.ActivityChange;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.ActivityStatus;
import nl.schoolboard.sexting.prevention.planning.CancellationReason;
import nl.schoolboard.sexting.prevention.planning.ChangeType;
import nl.schoolboard.sexting.prevention.planning.ChangedBy;
import nl.schoolboard.sexting.prevention.planning.PlanningReason;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.Schedule;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An activity as stored, one document with its whole history. A history entry's {@code published} stays false
 * until the broker acknowledged its event: the document is its own outbox. Times of day are kept as {@code HH:mm}
 * text, so no time zone can shift them.
 */
@Document(ActivityDocument.COLLECTION)
@CompoundIndex(name = "board_school_due", def = "{'boardId': 1, 'schoolId': 1, 'dueBy': 1}")
@CompoundIndex(name = "board_school_kind", def = "{'boardId': 1, 'schoolId': 1, 'kind': 1}")
@CompoundIndex(name = "board", def = "{'boardId': 1}")
@CompoundIndex(name = "unpublished", def = "{'history.published': 1}")
record ActivityDocument(
        @Id String id,
        ActivityKind kind,
        ActivityStatus status,
        String boardId,
        String schoolId,
        String title,
        List<String> yearGroups,
        LocalDate dueBy,
        String sourceCaseId,
        String sourceEventId,
        PlanningReason reason,
        String promptedByCaseId,
        ScheduleDocument schedule,
        Integer attendance,
        String cancellationReason,
        Instant plannedAt,
        long version,
        List<ChangeDocument> history) {

    static final String COLLECTION = "prevention_activities";

    record ScheduleDocument(LocalDate date, String startTime, String endTime, String location, String ledBy) {

        static ScheduleDocument of(Schedule schedule) {
            return schedule == null ? null : new ScheduleDocument(schedule.date(), schedule.startTime().toString(),
                    schedule.endTime().toString(), schedule.location(), schedule.ledBy());
        }

        Schedule toSchedule() {
            return new Schedule(date, LocalTime.parse(startTime), LocalTime.parse(endTime), location, ledBy);
        }
    }

    /**
     * {@code byId} and {@code byRole} are absent in changes stored before the author was recorded;
     * {@code cancellationCode} in cancellations stored before codes were kept (read as {@code OTHER}).
     */
    record ChangeDocument(String eventId, ChangeType type, Instant at, ActivityStatus status, LocalDate dueBy,
                          ScheduleDocument schedule, Integer attendance, String cancellationReason,
                          CancellationReason cancellationCode, LocalDate previousDate, String byId, String byRole,
                          boolean published, Instant publishedAt) {

        static ChangeDocument of(ActivityChange change) {
            return new ChangeDocument(change.eventId().toString(), change.type(), change.at(), change.status(),
                    change.dueBy(), ScheduleDocument.of(change.schedule()), change.attendance(),
                    change.cancellationReason(), change.cancellationCode(), change.previousDate(),
                    change.by() == null ? null : change.by().id(), change.by() == null ? null : change.by().role(),
                    change.published(), change.publishedAt());
        }

        ActivityChange toChange() {
            return new ActivityChange(UUID.fromString(eventId), type, at, status, dueBy,
                    schedule == null ? null : schedule.toSchedule(), attendance, cancellationReason,
                    cancellationCode, previousDate,
                    byId == null || byRole == null ? null : new ChangedBy(byId, byRole),
                    published ? (publishedAt == null ? at : publishedAt) : null);
        }
    }

    static ActivityDocument of(PreventionActivity activity) {
        return new ActivityDocument(activity.id().value(), activity.kind(), activity.status(), activity.boardId(),
                activity.schoolId(), activity.title(), activity.yearGroups(), activity.dueBy(),
                activity.sourceCaseId(), activity.sourceEventId() == null ? null : activity.sourceEventId().toString(),
                activity.reason(), activity.promptedByCaseId(), ScheduleDocument.of(activity.schedule()),
                activity.attendance(), activity.cancellationReason(), activity.plannedAt(), activity.version(),
                activity.history().stream().map(ChangeDocument::of).toList());
    }

    PreventionActivity toActivity() {
        return new PreventionActivity(ActivityId.of(id), kind, status, boardId, schoolId, title, yearGroups, dueBy,
                sourceCaseId, sourceEventId == null ? null : UUID.fromString(sourceEventId), reason,
                promptedByCaseId, schedule == null ? null : schedule.toSchedule(), attendance, cancellationReason,
                plannedAt, version, history == null ? List.of() : history.stream().map(ChangeDocument::toChange).toList());
    }
}
