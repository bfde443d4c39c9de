package nl.schoolboard.sexting.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What prevention-service planned, scheduled, held or cancelled, published on {@link Topics#PREVENTION_EVENTS}
 * keyed by school id. Written as JSON with {@link CaseEventJson#mapper()} (dates and times in ISO form). No pupil
 * references: an activity concerns year groups of a school, never a person.
 * <p>
 * Every type is at schema version 1. The fields after {@code sourceCaseId} were added later; they are null where
 * they do not apply (a consumer written against the first eleven fields reads every event as before, tolerant
 * reader). {@code actor} came last: events written before it have none.
 *
 * @param eventId            unique per event and derived from the activity and what happened to it, so a
 *                           re-publication carries the same id; consumers are idempotent on it
 * @param type               one of the {@code ACTIVITY_*} constants
 * @param occurredAt         when prevention-service planned (or otherwise changed) the activity
 * @param activityId         the activity's id in prevention-service
 * @param kind               code of the kind of activity (e.g. {@code MEDIA_LITERACY_LESSON}, {@code PARENT_EVENING})
 * @param status             code of the activity's status after this event ({@code PLANNED}, {@code SCHEDULED},
 *                           {@code DONE}, {@code CANCELLED})
 * @param dueBy              the school day by which the activity should have taken place
 * @param sourceCaseId       the case whose year groups the activity is for (lessons after an incident); null for
 *                           school-wide activities
 * @param title              the school's own name for an activity it added itself; null otherwise
 * @param yearGroups         the year groups the activity is for; empty or null when it is for the whole school
 * @param reason             code of why it was planned (e.g. {@code MINOR_NUDE_INVOLVED},
 *                           {@code START_OF_SCHOOL_YEAR}, {@code ADDED_BY_SCHOOL})
 * @param promptedByCaseId   the case whose report led to a school-wide activity (parent evening, policy review)
 * @param date               the school day it takes place (scheduled, rescheduled, completed)
 * @param startTime          local time (Europe/Amsterdam) it starts
 * @param endTime            local time it ends
 * @param location           where it takes place
 * @param ledBy              who leads it (a role or a staff member, never a pupil)
 * @param attendance         how many took part ({@link #ACTIVITY_COMPLETED})
 * @param cancellationReason why it was cancelled ({@link #ACTIVITY_CANCELLED})
 * @param previousDate       the date it had before ({@link #ACTIVITY_RESCHEDULED}) or the due date it had before
 *                           ({@link #ACTIVITY_DUE_DATE_ADVANCED})
 * @param actor              who made the change: the signed-in user's pseudonymous id and the role they acted in, or
 *                           {@link #SYSTEM} for what prevention-service planned by itself; null in events written
 *                           before actors were recorded
 */
public record PreventionEvent(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String boardId,
        String schoolId,
        String activityId,
        String kind,
        String status,
        LocalDate dueBy,
        String sourceCaseId,
        String title,
        List<String> yearGroups,
        String reason,
        String promptedByCaseId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        String ledBy,
        Integer attendance,
        String cancellationReason,
        LocalDate previousDate,
        Actor actor) {

    public static final String ACTIVITY_PLANNED = "PreventionActivityPlanned";
    public static final int ACTIVITY_PLANNED_VERSION = 1;
    /** Put in the school calendar: date, time, place and who leads it. */
    public static final String ACTIVITY_SCHEDULED = "PreventionActivityScheduled";
    /** Given another date, time, place or leader; {@code previousDate} says the date it had. */
    public static final String ACTIVITY_RESCHEDULED = "PreventionActivityRescheduled";
    /** Held, with its attendance. */
    public static final String ACTIVITY_COMPLETED = "PreventionActivityCompleted";
    /** Called off, with a reason. */
    public static final String ACTIVITY_CANCELLED = "PreventionActivityCancelled";
    /** A planned activity is needed sooner (e.g. a parent evening after a second incident). */
    public static final String ACTIVITY_DUE_DATE_ADVANCED = "PreventionActivityDueDateAdvanced";
    /** The schema version of every type above. */
    public static final int SCHEMA_VERSION = 1;
    /** The actor of what prevention-service did by itself (planning after a case event, the yearly action). */
    public static final Actor SYSTEM = new Actor("prevention-service", "SYSTEM");

    /** The form of the event before {@code actor} was added. */
    public PreventionEvent(UUID eventId, String type, int schemaVersion, Instant occurredAt, String boardId,
                           String schoolId, String activityId, String kind, String status, LocalDate dueBy,
                           String sourceCaseId, String title, List<String> yearGroups, String reason,
                           String promptedByCaseId, LocalDate date, LocalTime startTime, LocalTime endTime,
                           String location, String ledBy, Integer attendance, String cancellationReason,
                           LocalDate previousDate) {
        this(eventId, type, schemaVersion, occurredAt, boardId, schoolId, activityId, kind, status, dueBy,
                sourceCaseId, title, yearGroups, reason, promptedByCaseId, date, startTime, endTime, location, ledBy,
                attendance, cancellationReason, previousDate, null);
    }

    /** The first form of the event, with the fields a {@link #ACTIVITY_PLANNED} has always had. */
    public PreventionEvent(UUID eventId, String type, int schemaVersion, Instant occurredAt, String boardId,
                           String schoolId, String activityId, String kind, String status, LocalDate dueBy,
                           String sourceCaseId) {
        this(eventId, type, schemaVersion, occurredAt, boardId, schoolId, activityId, kind, status, dueBy,
                sourceCaseId, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
