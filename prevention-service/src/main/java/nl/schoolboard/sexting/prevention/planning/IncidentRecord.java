package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An incident as prevention planning remembers it: which school, which day, which school year. It counts incidents
 * per school year and keeps, once made, the decision of what the incident led to.
 */
public record IncidentRecord(UUID eventId, String caseId, String boardId, String schoolId, LocalDate day,
                             SchoolYear schoolYear, boolean minorNudeInvolved) {
}
