package nl.schoolboard.sexting.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What prevention-service planned, scheduled, held or cancelled, published on {@link Topics#PREVENTION_EVENTS}
 * keyed by school id. Written as JSON with {@link CaseEventJson#mapper()} ({@code dueBy} as an ISO date). No pupil
 * references: an activity concerns year groups of a school, never a person.
 *
 * @param eventId       unique per event and derived from the activity and what happened to it, so a re-publication
 *                      carries the same id; consumers are idempotent on it
 * @param type          {@link #ACTIVITY_PLANNED} at this stage
 * @param occurredAt    when prevention-service planned (or otherwise changed) the activity
 * @param activityId    the activity's id in prevention-service
 * @param kind          code of the kind of activity (e.g. {@code MEDIA_LITERACY_LESSON})
 * @param status        code of the activity's status after this event (e.g. {@code PLANNED})
 * @param dueBy         the school day by which the activity should have taken place
 * @param sourceCaseId  the case whose report led to the activity
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
        String sourceCaseId) {

    public static final String ACTIVITY_PLANNED = "PreventionActivityPlanned";
    public static final int ACTIVITY_PLANNED_VERSION = 1;
}
