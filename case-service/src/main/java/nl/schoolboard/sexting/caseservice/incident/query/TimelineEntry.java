package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import org.axonframework.messaging.MetaData;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

import static nl.schoolboard.sexting.caseservice.incident.query.RecordedFact.millis;

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

    /** A timeline's order: when the facts happened, ties (same moment) in the order they were recorded. */
    static final Comparator<TimelineEntry> IN_ORDER =
            Comparator.comparing(TimelineEntry::occurredAt).thenComparingLong(TimelineEntry::sequence);

    /** The entry of one stored event of a case of {@code boardId}; moments to the millisecond, as the views keep them. */
    static TimelineEntry of(CaseFact fact, String boardId, long sequence, Instant recordedAt, String eventId,
                            MetaData metaData) {
        return new TimelineEntry(eventId, fact.caseId().value(), boardId, sequence, fact.getClass().getSimpleName(),
                millis(fact.occurredAt()), millis(recordedAt), text(metaData.get(MetaDataKeys.ACTOR_ID)),
                text(metaData.get(MetaDataKeys.ACTOR_ROLE)), TimelineSummary.of(fact));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
