package nl.schoolboard.sexting.prevention.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What planning needs to know of an {@code IncidentReported} case event: where and when, which year groups were
 * affected and whether the material showed a minor nude. Deliberately no pupils.
 *
 * @param eventId           the case event's id; what is planned for it derives its ids from it
 * @param occurredAt        when the incident was reported (the envelope's {@code occurredAt}); planning counts from
 *                          that day in the Netherlands
 * @param minorNudeInvolved the material showed a minor nude: a parent evening is needed soon
 * @param correlationId     the id of the request that caused the report, passed on to what is published (may be null)
 */
public record ReportedIncident(
        UUID eventId,
        String caseId,
        String boardId,
        String schoolId,
        Instant occurredAt,
        List<String> yearGroups,
        boolean minorNudeInvolved,
        String correlationId) {

    public ReportedIncident {
        yearGroups = yearGroups == null ? List.of() : List.copyOf(yearGroups);
    }
}
