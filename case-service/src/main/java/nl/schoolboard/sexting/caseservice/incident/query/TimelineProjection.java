package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/**
 * Keeps the {@code case_timeline} collection: one {@link TimelineEntry} per event, keyed by the event's id, so that a
 * redelivered or replayed event writes the same entry again. The entries of a batch of events are written together
 * ({@link ViewBatch}). The board of an entry is the board the case was reported
 * for (taken from the report, not from metadata, which events raised by the system itself may lack).
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class TimelineProjection extends RebuiltCollection {

    static final String PROCESSING_GROUP = "case-timeline";

    private final CaseHistory history;
    /** The board of the cases seen last: a case never changes board, and looking it up is a query per event. */
    private final Map<String, String> boards = casesSeenLast();
    private final ViewBatch<TimelineEntry> entries;

    TimelineProjection(MongoTemplate mongo, CaseHistory history) {
        super(mongo, TimelineEntry.class, new Index().on("caseId", Sort.Direction.ASC)
                .on("occurredAt", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC).named("case_occurredAt_sequence"));
        this.history = history;
        this.entries = new ViewBatch<>(mongo, TimelineEntry.class, TimelineEntry::eventId);
    }

    @EventHandler
    void on(CaseFact fact, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MessageIdentifier String eventId, MetaData metaData) {
        entries.write(TimelineEntry.of(fact, boardOf(fact), sequence, recordedAt, eventId, metaData));
    }

    /** The report comes first in a case's stream, so its entry is there by the time any later event is handled. */
    private String boardOf(CaseFact fact) {
        String caseId = fact.caseId().value();
        String board = fact instanceof IncidentReported reported ? reported.boardId().value() : boards.get(caseId);
        if (board == null) {
            board = boardInStore(fact);
        }
        if (board != null) {
            boards.put(caseId, board);
        }
        return board;
    }

    private String boardInStore(CaseFact fact) {
        Query report = Query.query(Criteria.where("caseId").is(fact.caseId().value()).and("sequence").is(0L));
        TimelineEntry first = mongo.findOne(report, TimelineEntry.class);
        if (first != null) {
            return first.boardId();
        }
        return history.facts(fact.caseId().value()).stream()
                .map(RecordedFact::fact)
                .filter(IncidentReported.class::isInstance)
                .map(f -> ((IncidentReported) f).boardId().value())
                .findFirst().orElse(null);
    }
}
