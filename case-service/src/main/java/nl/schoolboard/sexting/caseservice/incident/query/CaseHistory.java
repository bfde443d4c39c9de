package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a case's facts straight from the event store. Cases have tens of events, so reading one whole is cheap; the
 * read starts at sequence 0 so that it never begins with a snapshot.
 */
@Component
public class CaseHistory {

    private final EventStore events;

    CaseHistory(EventStore events) {
        this.events = events;
    }

    /** Every fact of the case, in sequence order; empty for an unknown case. */
    public List<RecordedFact> facts(String caseId) {
        return stored(caseId).stream().map(CaseHistory::recorded).toList();
    }

    /**
     * The case and its timeline as the event store holds them this moment, from one read of its events. The views
     * follow the store a poll or more behind; a document that must hold the step recorded a second ago (a chronology
     * handed to the police) is built from this instead. Empty for an unknown case or a case of another board.
     */
    public Optional<OnRecord> onRecord(String boardId, String caseId) {
        List<? extends DomainEventMessage<?>> stored = stored(caseId);
        return CaseFold.fold(stored.stream().map(CaseHistory::recorded).toList())
                .filter(view -> view.boardId().equals(boardId))
                .map(view -> new OnRecord(view, stored.stream()
                        .map(message -> TimelineEntry.of((CaseFact) message.getPayload(), boardId,
                                message.getSequenceNumber(), message.getTimestamp(), message.getIdentifier(),
                                message.getMetaData()))
                        .sorted(TimelineEntry.IN_ORDER).toList()));
    }

    /** A case as stored: its view and its timeline in the order the facts happened. */
    public record OnRecord(CaseView view, List<TimelineEntry> timeline) {
    }

    /** The case as it was known at {@code moment}, within one board; empty if it did not exist yet, or elsewhere. */
    Optional<CaseView> asOf(String boardId, String caseId, Instant moment) {
        return CaseFold.asOf(facts(caseId), moment).filter(view -> view.boardId().equals(boardId));
    }

    private List<? extends DomainEventMessage<?>> stored(String caseId) {
        return events.readEvents(caseId, 0L).asStream()
                .filter(message -> message.getPayload() instanceof CaseFact)
                .toList();
    }

    private static RecordedFact recorded(DomainEventMessage<?> message) {
        return new RecordedFact((CaseFact) message.getPayload(), message.getSequenceNumber(), message.getTimestamp());
    }
}
