package nl.schoolboard.sexting.prevention.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A preventive activity for (year groups of) a school. It refers to cases, never to pupils. Its life is planned →
 * scheduled (→ rescheduled …) → done or cancelled; every step is appended to {@link #history}, and {@link #version}
 * counts the steps (the store uses it to refuse a lost update).
 *
 * @param title            the school's own title (kind {@link ActivityKind#OTHER}); null for the protocol's kinds
 * @param yearGroups       the year groups it is for; empty when it is for the whole school or the school decides
 * @param sourceCaseId     the case whose year groups a lesson is for; null for school-wide activities
 * @param sourceEventId    the case event it was planned for; null for activities not planned after an event
 * @param promptedByCaseId the case whose report led to a school-wide activity (parent evening, policy review)
 * @param plannedAt        when it was planned
 */
public record PreventionActivity(
        ActivityId id,
        ActivityKind kind,
        ActivityStatus status,
        String boardId,
        String schoolId,
        String title,
        List<String> yearGroups,
        LocalDate dueBy,
        String sourceCaseId,
        UUID sourceEventId,
        PlanningReason reason,
        String promptedByCaseId,
        Schedule schedule,
        Integer attendance,
        String cancellationReason,
        Instant plannedAt,
        long version,
        List<ActivityChange> history) {

    public PreventionActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(plannedAt, "plannedAt");
        yearGroups = yearGroups == null ? List.of() : List.copyOf(yearGroups);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A newly planned activity that the service planned by itself ({@link ChangedBy#SYSTEM}). */
    public static PreventionActivity planned(ActivityId id, ActivityKind kind, String boardId, String schoolId,
                                             String title, List<String> yearGroups, LocalDate dueBy,
                                             String sourceCaseId, UUID sourceEventId, PlanningReason reason,
                                             String promptedByCaseId, Instant at) {
        return planned(id, kind, boardId, schoolId, title, yearGroups, dueBy, sourceCaseId, sourceEventId, reason,
                promptedByCaseId, at, ChangedBy.SYSTEM);
    }

    /** A newly planned activity, version 1, its history the one {@link ChangeType#PLANNED} entry, made {@code by}. */
    public static PreventionActivity planned(ActivityId id, ActivityKind kind, String boardId, String schoolId,
                                             String title, List<String> yearGroups, LocalDate dueBy,
                                             String sourceCaseId, UUID sourceEventId, PlanningReason reason,
                                             String promptedByCaseId, Instant at, ChangedBy by) {
        Objects.requireNonNull(by, "by");
        ActivityChange planned = new ActivityChange(ActivityChange.eventIdFor(id, ChangeType.PLANNED, 1),
                ChangeType.PLANNED, at, ActivityStatus.PLANNED, dueBy, null, null, null, null, null, by, null);
        return new PreventionActivity(id, kind, ActivityStatus.PLANNED, boardId, schoolId, title, yearGroups, dueBy,
                sourceCaseId, sourceEventId, reason, promptedByCaseId, null, null, null, at, 1, List.of(planned));
    }

    /** The lesson for the year groups of a reported incident, due {@code dueBy}. */
    public static PreventionActivity mediaLiteracyLessonAfter(ReportedIncident incident, LocalDate dueBy,
                                                              Instant now) {
        return planned(ActivityId.plannedFor(incident.eventId(), ActivityKind.MEDIA_LITERACY_LESSON),
                ActivityKind.MEDIA_LITERACY_LESSON, incident.boardId(), incident.schoolId(), null,
                incident.yearGroups(), dueBy, incident.caseId(), incident.eventId(), PlanningReason.INCIDENT_REPORTED,
                null, now);
    }

    /** Puts it in the calendar, or moves it (the earlier schedule stays in the history). */
    public PreventionActivity schedule(Schedule next, Instant at, ChangedBy by) {
        Objects.requireNonNull(next, "schedule");
        return switch (status) {
            case PLANNED -> with(ChangeType.SCHEDULED, ActivityStatus.SCHEDULED, dueBy, next, null, null, null, null, at,
                    by);
            case SCHEDULED -> with(ChangeType.RESCHEDULED, ActivityStatus.SCHEDULED, dueBy, next, null, null, null,
                    schedule.date(), at, by);
            case DONE -> throw new InvalidTransition(id, status, "held-cannot-be-scheduled",
                    Map.of("date", schedule.date()));
            case CANCELLED -> throw new InvalidTransition(id, status, "cancelled-cannot-be-scheduled",
                    Map.of("reason", cancellationReason));
        };
    }

    /** Records that it was held, with how many took part. */
    public PreventionActivity complete(int attendance, Instant at, ChangedBy by) {
        if (attendance < 0) {
            throw new IllegalArgumentException("attendance is not negative");
        }
        return switch (status) {
            case SCHEDULED -> with(ChangeType.COMPLETED, ActivityStatus.DONE, dueBy, schedule, attendance, null, null, null,
                    at, by);
            case PLANNED -> throw new InvalidTransition(id, status, "held-before-scheduled", Map.of());
            case DONE -> throw new InvalidTransition(id, status, "already-held", Map.of());
            case CANCELLED -> throw new InvalidTransition(id, status, "cancelled-cannot-be-held",
                    Map.of("reason", cancellationReason));
        };
    }

    /** Calls it off, with the school's words and no code ({@link CancellationReason#OTHER}). */
    public PreventionActivity cancel(String reason, Instant at, ChangedBy by) {
        return cancel(CancellationReason.OTHER, reason, at, by);
    }

    /** Calls it off: {@code code} is what is published, {@code reason} (the school's words) stays here. */
    public PreventionActivity cancel(CancellationReason code, String reason, Instant at, ChangedBy by) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        return switch (status) {
            case PLANNED, SCHEDULED -> with(ChangeType.CANCELLED, ActivityStatus.CANCELLED, dueBy, schedule, null,
                    reason, code, null, at, by);
            case DONE -> throw new InvalidTransition(id, status, "held-cannot-be-cancelled",
                    Map.of("date", schedule.date()));
            case CANCELLED -> throw new InvalidTransition(id, status, "already-cancelled", Map.of());
        };
    }

    /**
     * The same activity due sooner, when it is still only planned and due later than {@code due}; otherwise empty
     * (already scheduled, held or cancelled, or due soon enough). The service does this by itself
     * ({@link ChangedBy#SYSTEM}).
     */
    public Optional<PreventionActivity> dueNoLaterThan(LocalDate due, Instant at) {
        if (status != ActivityStatus.PLANNED || !dueBy.isAfter(due)) {
            return Optional.empty();
        }
        return Optional.of(with(ChangeType.DUE_DATE_ADVANCED, ActivityStatus.PLANNED, due, null, null, null, null, dueBy,
                at, ChangedBy.SYSTEM));
    }

    /** The day it takes (or took) place when it has one, else the day it is due by. */
    public LocalDate effectiveDate() {
        return schedule != null ? schedule.date() : dueBy;
    }

    /** The history entries whose integration events were not yet acknowledged by the broker, oldest first. */
    public List<ActivityChange> unpublishedChanges() {
        return history.stream().filter(change -> !change.published()).toList();
    }

    /** The entry that made the activity what it is now. */
    public ActivityChange lastChange() {
        return history.get(history.size() - 1);
    }

    private PreventionActivity with(ChangeType type, ActivityStatus nextStatus, LocalDate nextDue,
                                    Schedule nextSchedule, Integer nextAttendance, String nextCancellation,
                                    CancellationReason cancellationCode, LocalDate previousDate, Instant at,
                                    ChangedBy by) {
        Objects.requireNonNull(by, "by");
        long nextVersion = version + 1;
        ActivityChange change = new ActivityChange(ActivityChange.eventIdFor(id, type, nextVersion), type, at,
                nextStatus, nextDue, nextSchedule, nextAttendance, nextCancellation, cancellationCode, previousDate, by,
                null);
        List<ActivityChange> nextHistory = new ArrayList<>(history);
        nextHistory.add(change);
        return new PreventionActivity(id, kind, nextStatus, boardId, schoolId, title, yearGroups, nextDue,
                sourceCaseId, sourceEventId, reason, promptedByCaseId, nextSchedule, nextAttendance,
                nextCancellation, plannedAt, nextVersion, nextHistory);
    }
}
