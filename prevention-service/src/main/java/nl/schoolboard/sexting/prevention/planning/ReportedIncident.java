package nl.schoolboard.sexting.prevention.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What planning needs to know of an {@code IncidentReported} case event: where and when, and which year groups were
 * affected. Deliberately no pupils.
 *
 * @param eventId       the case event's id; the activities planned for it derive their ids from it
 * @param correlationId the id of the request that caused the report, passed on to what is published (may be null)
 */
public record ReportedIncident(
        UUID eventId,
        String caseId,
        String boardId,
        String schoolId,
        Instant occurredAt,
        List<String> yearGroups,
        String correlationId) {

    public ReportedIncident {
        yearGroups = yearGroups == null ? List.of() : List.copyOf(yearGroups);
    }
}
