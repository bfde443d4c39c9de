package nl.schoolboard.sexting.caseservice.incident.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * One fact of a case on its timeline: when it happened (as the user said) and, beside it, when it was recorded and by
 * whom. The summary holds codes only (see {@link TimelineSummary}): no free text, no one who is not in the case.
 *
 * @param eventId  the event's identifier, so that handling an event twice writes the same entry
 * @param sequence the case version the event made
 * @param type     the event's name, e.g. {@code VictimInterviewed}
 * @param actorId  the pseudonymous user id behind the command, or null for what the system did by itself
 */
@Document("case_timeline")
public record TimelineEntry(
        @Id String eventId,
        String caseId,
        String boardId,
        long sequence,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String actorId,
        String actorRole,
        Map<String, String> summary) {
}
