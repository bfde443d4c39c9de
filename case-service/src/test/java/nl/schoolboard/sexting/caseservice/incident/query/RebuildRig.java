package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Optional;
import java.util.UUID;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What the tests of a rebuild stand on: a real MongoDB-wire database for the views and Axon's token store, a real
 * event store, and the real {@link ProjectionRebuild}. Only the two view processors are stand-ins: their stop and
 * start are what a test looks at.
 */
final class RebuildRig implements AutoCloseable {

    /** Where both view processors were before a rebuild: after the store's third event. */
    static final TrackingToken WHERE_THEY_WERE = new GlobalSequenceTrackingToken(2);

    final MongoTemplate views;
    final MongoTokenStore tokens;
    final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    final StreamingEventProcessor cases = processor(CaseProjection.PROCESSING_GROUP);
    final StreamingEventProcessor timeline = processor(TimelineProjection.PROCESSING_GROUP);
    final ProjectionRebuild rebuild;

    private final String database;

    /** @param name what the test's own database is called after, with a random suffix */
    RebuildRig(String name) {
        database = name + "-" + UUID.randomUUID();
        views = new MongoTemplate(InMemoryMongo.client(), database);
        tokens = tokenStore("this-instance");
        rebuild = new ProjectionRebuild(processing, tokens, events, new CaseProjection(views, new CaseHistory(events)),
                new TimelineProjection(views, new CaseHistory(events)));
    }

    /** Three events of one case in the store, and both view processors past them ({@link #WHERE_THEY_WERE}). */
    void viewsFollowedTheStoreUpToItsThirdEvent() {
        for (int sequence = 0; sequence < 3; sequence++) {
            events.publish(new GenericDomainEventMessage<>("IncidentCase", "case-1", sequence, "event " + sequence));
        }
        for (String processor : new String[]{CaseProjection.PROCESSING_GROUP, TimelineProjection.PROCESSING_GROUP}) {
            tokens.initializeTokenSegments(processor, 2, WHERE_THEY_WERE);
        }
    }

    /** The same tokens as another case-service instance ({@code node}) sees them. */
    MongoTokenStore tokenStore(String node) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(InMemoryMongo.client(), database).build())
                .serializer(JacksonSerializer.defaultSerializer()).nodeId(node).build();
    }

    @Override
    public void close() {
        views.getDb().drop();
        events.shutDown();
    }

    private StreamingEventProcessor processor(String name) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class))
                .thenReturn(Optional.of(processor));
        return processor;
    }
}
