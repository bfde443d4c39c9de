package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolDays;

import java.time.LocalDate;

/**
 * A new incident → a media-literacy lesson for the affected year group(s) within
 * {@link BoardSettings#lessonWithinSchoolWeeks()} school weeks (three by default). One lesson per incident, its id
 * derived from the incident's event.
 */
public final class LessonRule {

    private LessonRule() {
    }

    public static PlannedEffect lessonFor(ReportedIncident incident, BoardSettings settings, SchoolDays schoolDays) {
        LocalDate due = DueDateRule.schoolWeeksAfter(DueDateRule.dayOf(incident.occurredAt()),
                settings.lessonWithinSchoolWeeks(), schoolDays);
        return new PlannedEffect(ActivityId.plannedFor(incident.eventId(), ActivityKind.MEDIA_LITERACY_LESSON),
                ActivityKind.MEDIA_LITERACY_LESSON, due, PlanningReason.INCIDENT_REPORTED);
    }
}
