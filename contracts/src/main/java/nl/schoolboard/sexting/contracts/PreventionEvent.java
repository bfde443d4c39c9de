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
 * <b>Only codes, dates, numbers, booleans and references</b> (schema version {@value #SCHEMA_VERSION}): everything
 * on this topic reaches case-service's audit trail, which is kept forever and cannot be edited, so nothing staff
 * type leaves prevention-service. Version 1 also carried {@code title}, {@code location}, {@code ledBy} and a free
 * {@code cancellationReason}; those stay in prevention-service's own store now. A reader of version 1 records meets
 * them as unknown properties and skips them ({@link CaseEventJson#mapper()} ignores unknown properties: tolerant
 * reader); a reader of a version 2 record written for version 1 finds them absent, as it always could.
 * <p>
 * The fields after {@code sourceCaseId} were added later; they are null where they do not apply. {@code actor}
 * is null in events written before actors were recorded, {@code cancellationReasonCode} in every event before
 * version 2.
 *
 * @param eventId                unique per event and derived from the activity and what happened to it, so a
 *                               re-publication carries the same id; consumers are idempotent on it
 * @param type                   one of the {@code ACTIVITY_*} constants
 * @param occurredAt             when prevention-service planned (or otherwise changed) the activity
 * @param activityId             the activity's id in prevention-service
 * @param kind                   code of the kind of activity (e.g. {@code MEDIA_LITERACY_LESSON}, {@code OTHER} for
 *                               one the school added itself: its title stays in prevention-service)
 * @param status                 code of the activity's status after this event ({@code PLANNED}, {@code SCHEDULED},
 *                               {@code DONE}, {@code CANCELLED})
 * @param dueBy                  the school day by which the activity should have taken place
 * @param sourceCaseId           the case whose year groups the activity is for (lessons after an incident); null
 *                               for school-wide activities
 * @param yearGroups             the year groups the activity is for, as the school labels them (short, no
 *                               punctuation); empty or null when it is for the whole school
 * @param reason                 code of why it was planned (e.g. {@code MINOR_NUDE_INVOLVED},
 *                               {@code START_OF_SCHOOL_YEAR}, {@code ADDED_BY_SCHOOL})
 * @param promptedByCaseId       the case whose report led to a school-wide activity (parent evening, policy review)
 * @param date                   the school day it takes place (scheduled, rescheduled, completed)
 * @param startTime              local time (Europe/Amsterdam) it starts
 * @param endTime                local time it ends
 * @param attendance             how many took part ({@link #ACTIVITY_COMPLETED})
 * @param cancellationReasonCode why it was cancelled ({@link #ACTIVITY_CANCELLED}), one of {@link #CANCELLATION_CODES}
 * @param previousDate           the date it had before ({@link #ACTIVITY_RESCHEDULED}) or the due date it had before
 *                               ({@link #ACTIVITY_DUE_DATE_ADVANCED})
 * @param actor                  who made the change: the signed-in user's pseudonymous id and the role they acted
 *                               in, or {@link #SYSTEM} for what prevention-service planned by itself
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
        List<String> yearGroups,
        String reason,
        String promptedByCaseId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        Integer attendance,
        String cancellationReasonCode,
        LocalDate previousDate,
        Actor actor) {

    public static final String ACTIVITY_PLANNED = "PreventionActivityPlanned";
    /** Put in the school calendar: date and time (where and who leads it stay in prevention-service). */
    public static final String ACTIVITY_SCHEDULED = "PreventionActivityScheduled";
    /** Given another date or time; {@code previousDate} says the date it had. */
    public static final String ACTIVITY_RESCHEDULED = "PreventionActivityRescheduled";
    /** Held, with its attendance. */
    public static final String ACTIVITY_COMPLETED = "PreventionActivityCompleted";
    /** Called off, with a reason code. */
    public static final String ACTIVITY_CANCELLED = "PreventionActivityCancelled";
    /** A planned activity is needed sooner (e.g. a parent evening after a second incident). */
    public static final String ACTIVITY_DUE_DATE_ADVANCED = "PreventionActivityDueDateAdvanced";
    /** The schema version of every type above: 2 since free text was taken off the topic. */
    public static final int SCHEMA_VERSION = 2;
    /** The codes {@code cancellationReasonCode} takes. */
    public static final List<String> CANCELLATION_CODES = List.of("ILLNESS", "RESCHEDULED", "NO_LONGER_NEEDED", "OTHER");
    /** The actor of what prevention-service did by itself (planning after a case event, the yearly action). */
    public static final Actor SYSTEM = new Actor("prevention-service", "SYSTEM");
}
