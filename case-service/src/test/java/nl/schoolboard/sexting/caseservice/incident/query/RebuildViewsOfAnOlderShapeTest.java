package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * At start-up, views stored in an older shape are rebuilt, and views of the current shape are left as they are. The
 * rebuild is the real one, on a MongoDB-wire store; as in {@link ProjectionRebuildTest}, only the processors, whose
 * stop and start show that a rebuild ran, are stand-ins.
 */
class RebuildViewsOfAnOlderShapeTest {

    private static final DefaultApplicationArguments STARTED = new DefaultApplicationArguments("--server.port=8081");

    private final String database = "shape-" + UUID.randomUUID();
    private final MongoTemplate views = new MongoTemplate(InMemoryMongo.client(), database);
    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final StreamingEventProcessor cases = processor(CaseProjection.PROCESSING_GROUP);
    private final StreamingEventProcessor timeline = processor(TimelineProjection.PROCESSING_GROUP);
    private final RebuildViewsOfAnOlderShape startUp = new RebuildViewsOfAnOlderShape(views,
            new ProjectionRebuild(processing, tokenStore("this-instance"), events,
                    new CaseProjection(views, new CaseHistory(events)),
                    new TimelineProjection(views, new CaseHistory(events))));

    @BeforeEach
    void theViewsFollowedTheStore() {
        for (int sequence = 0; sequence < 3; sequence++) {
            events.publish(new GenericDomainEventMessage<>("IncidentCase", "case-1", sequence, "event " + sequence));
        }
        for (String processor : new String[]{CaseProjection.PROCESSING_GROUP, TimelineProjection.PROCESSING_GROUP}) {
            tokenStore("this-instance").initializeTokenSegments(processor, 2, new GlobalSequenceTrackingToken(2));
        }
    }

    @AfterEach
    void dropDatabase() {
        views.getDb().drop();
        events.shutDown();
    }

    @Test
    void a_view_stored_before_the_shape_was_kept_has_the_views_rebuilt() {
        storeView("case-1", CaseViewShape.CURRENT);
        views.getCollection("cases").insertOne(new Document("_id", "case-2").append("boardId", "b"));

        startUp.run(STARTED);

        verify(cases).shutDown();
        verify(timeline).shutDown();
        assertThat(views.getCollection("cases").countDocuments()).as("dropped, to be built again").isZero();
    }

    @Test
    void a_view_of_an_older_numbered_shape_has_the_views_rebuilt() {
        storeView("case-1", CaseViewShape.CURRENT - 1);

        startUp.run(STARTED);

        verify(cases).shutDown();
        assertThat(views.getCollection("cases").countDocuments()).isZero();
    }

    @Test
    void views_of_the_current_shape_or_a_newer_one_are_left_as_they_are() {
        storeView("case-1", CaseViewShape.CURRENT);
        storeView("case-2", CaseViewShape.CURRENT + 1);

        startUp.run(STARTED);

        verify(cases, never()).shutDown();
        verify(timeline, never()).shutDown();
        assertThat(views.getCollection("cases").countDocuments()).isEqualTo(2);
    }

    @Test
    void when_another_instance_holds_the_processors_the_service_starts_with_the_views_as_they_are() {
        views.getCollection("cases").insertOne(new Document("_id", "case-1").append("boardId", "b"));
        tokenStore("other-instance").fetchToken(CaseProjection.PROCESSING_GROUP, 1);

        startUp.run(STARTED);

        assertThat(views.getCollection("cases").countDocuments()).isEqualTo(1);
        verify(cases).start();
    }

    @Test
    void a_rebuild_asked_for_on_the_command_line_is_not_started_twice() {
        views.getCollection("cases").insertOne(new Document("_id", "case-1").append("boardId", "b"));

        startUp.run(new DefaultApplicationArguments("--" + RebuildProjectionsOnStartup.OPTION));

        verify(cases, never()).shutDown();
    }

    @Test
    void every_view_the_projection_saves_is_stamped_with_the_current_shape() {
        Document stored = new Document();

        new CaseViewShape().onBeforeSave(null, stored, "cases");

        assertThat(stored.getInteger(CaseViewShape.FIELD)).isEqualTo(CaseViewShape.CURRENT);
    }

    private void storeView(String caseId, int shape) {
        views.getCollection("cases").insertOne(new Document("_id", caseId).append("boardId", "b")
                .append(CaseViewShape.FIELD, shape));
    }

    private MongoTokenStore tokenStore(String node) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(InMemoryMongo.client(), database).build())
                .serializer(JacksonSerializer.defaultSerializer()).nodeId(node).build();
    }

    private StreamingEventProcessor processor(String name) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class))
                .thenReturn(Optional.of(processor));
        return processor;
    }
}
