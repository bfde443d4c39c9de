package nl.schoolboard.sexting.prevention.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A preventive activity for (year groups of) a school. It refers to the case that led to it, never to pupils.
 *
 * @param yearGroups    the year groups it is for; empty when the report named none (the school decides)
 * @param sourceEventId the case event it was planned for
 * @param plannedAt     when prevention-service planned it
 */
public record PreventionActivity(
        ActivityId id,
        ActivityKind kind,
        ActivityStatus status,
        String boardId,
        String schoolId,
        List<String> yearGroups,
        LocalDate dueBy,
        String sourceCaseId,
        UUID sourceEventId,
        Instant plannedAt) {

    public PreventionActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(dueBy, "dueBy");
        yearGroups = yearGroups == null ? List.of() : List.copyOf(yearGroups);
    }

    /** The media-literacy lesson for the year groups of a reported incident, due three school weeks later. */
    public static PreventionActivity mediaLiteracyLessonAfter(ReportedIncident incident, SchoolDays schoolDays,
                                                              Instant now) {
        return new PreventionActivity(
                ActivityId.plannedFor(incident.eventId(), ActivityKind.MEDIA_LITERACY_LESSON),
                ActivityKind.MEDIA_LITERACY_LESSON,
                ActivityStatus.PLANNED,
                incident.boardId(),
                incident.schoolId(),
                incident.yearGroups(),
                DueDateRule.dueBy(incident.occurredAt(), schoolDays),
                incident.caseId(),
                incident.eventId(),
                now);
    }
}
