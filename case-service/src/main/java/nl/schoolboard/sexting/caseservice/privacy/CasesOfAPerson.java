package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The cases a person is part of, read from the event store itself and not from a projection: an erasure must reach
 * every case, also one a lagging or rebuilding projection has not seen. Each case of the store is opened by its first
 * event (the report, which names its board and school for good); the cases of the right board and school are folded
 * into a {@link CaseFile}, the same fold the case decides with, to see whether the person is in it.
 *
 * <p>Reads every case's report, so it costs a pass over the board's cases; erasures are rare, and complete matters
 * more than quick here.</p>
 */
@Component
record CasesOfAPerson(EventStore events, MongoTemplate mongo) {

    /** The event store's collection and the aggregate type its case events are stored under. */
    private static final String EVENTS = "domainevents";
    private static final String CASE_TYPE = "IncidentCase";

    /** A case the person is in, and whether a legal hold keeps it from being erased. */
    record CaseOfThePerson(String caseId, boolean underLegalHold) {
    }

    List<CaseOfThePerson> of(String boardId, String schoolId, PersonRef person) {
        List<CaseOfThePerson> found = new ArrayList<>();
        for (String caseId : everyCase()) {
            DomainEventStream stream = events.readEvents(caseId, 0L);
            if (!stream.hasNext() || !(stream.next().getPayload() instanceof IncidentReported report)
                    || !report.boardId().value().equals(boardId) || !report.schoolId().value().equals(schoolId)) {
                continue;
            }
            CaseFile file = new CaseFile();
            file.apply(report);
            while (stream.hasNext()) {
                DomainEventMessage<?> next = stream.next();
                if (next.getPayload() instanceof CaseFact fact) {
                    file.apply(fact);
                }
            }
            if (file.person(person).isPresent()) {
                found.add(new CaseOfThePerson(caseId, file.underLegalHold()));
            }
        }
        return found;
    }

    private List<String> everyCase() {
        return mongo.getCollection(EVENTS).distinct("aggregateIdentifier",
                new Document("type", CASE_TYPE).append("sequenceNumber", 0), String.class).into(new ArrayList<>());
    }
}
