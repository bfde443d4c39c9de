package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
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
        return events.readEvents(caseId, 0L).asStream()
                .filter(message -> message.getPayload() instanceof CaseFact)
                .map(message -> new RecordedFact((CaseFact) message.getPayload(), message.getSequenceNumber(),
                        message.getTimestamp()))
                .toList();
    }

    /** The case as it was known at {@code moment}, within one board; empty if it did not exist yet, or elsewhere. */
    Optional<CaseView> asOf(String boardId, String caseId, Instant moment) {
        return CaseFold.asOf(facts(caseId), moment).filter(view -> view.boardId().equals(boardId));
    }
}
