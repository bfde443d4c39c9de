package nl.schoolboard.sexting.caseservice.eventstore;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's events in the stored format on a database of their own on the in-process MongoDB-wire server: written as
 * the service writes them today, then changed in place into the shape an older release wrote, and read back through
 * an upcaster chain. What the upcaster tests share, so that each says only what the old shape was.
 */
final class EventsOfOld {

    private final DefaultMongoTemplate template;

    EventsOfOld(String database) {
        template = DefaultMongoTemplate.builder().mongoDatabase(InMemoryMongo.client(), database).build();
    }

    /** Appends the case's events from sequence 0 on, in today's shape. */
    void store(CaseId caseId, Object... payloads) {
        engine(NoOpEventUpcaster.INSTANCE).appendEvents(IntStream.range(0, payloads.length)
                .mapToObj(sequence -> new GenericDomainEventMessage<>("IncidentCase", caseId.value(), sequence,
                        payloads[sequence]))
                .toList());
    }

    Document stored(CaseId caseId, long sequence) {
        return template.eventCollection().find(at(caseId, sequence)).first();
    }

    /** Changes one stored event in place, as if an older release had written it. */
    void rewrite(CaseId caseId, long sequence, Bson... updates) {
        long rewritten = template.eventCollection().updateOne(at(caseId, sequence), Updates.combine(updates))
                .getModifiedCount();
        assertThat(rewritten).as("event %d rewritten", sequence).isEqualTo(1);
    }

    /** The case's events as the store reads them through the given upcasters. */
    List<? extends DomainEventMessage<?>> read(CaseId caseId, EventUpcaster upcaster) {
        return engine(upcaster).readEvents(caseId.value()).asStream().toList();
    }

    List<Object> payloads(CaseId caseId, EventUpcaster upcaster) {
        return read(caseId, upcaster).stream().<Object>map(DomainEventMessage::getPayload).toList();
    }

    private static Bson at(CaseId caseId, long sequence) {
        return Filters.and(Filters.eq("aggregateIdentifier", caseId.value()), Filters.eq("sequenceNumber", sequence));
    }

    private EventStorageEngine engine(EventUpcaster upcaster) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        serializer.getObjectMapper().findAndRegisterModules();
        return MongoEventStorageEngine.builder().mongoTemplate(template).eventSerializer(serializer)
                .snapshotSerializer(serializer).upcasterChain(upcaster).build();
    }
}
