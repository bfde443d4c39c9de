package nl.schoolboard.sexting.caseservice.incident.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The rebuild command against a real MongoDB-wire token store (Axon's, as case-service uses it), a real event store
 * and the real view collections; only the processors, whose start and stop are the subject, are stand-ins.
 */
class ProjectionRebuildTest {

    private final RebuildRig rig = new RebuildRig("rebuild");
    private final MongoTemplate views = rig.views;
    private final MongoTokenStore tokens = rig.tokens;
    private final EmbeddedEventStore events = rig.events;
    private final EventProcessingConfiguration processing = rig.processing;
    private final StreamingEventProcessor cases = rig.cases;
    private final StreamingEventProcessor timeline = rig.timeline;
    private final ProjectionRebuild rebuild = rig.rebuild;

    @BeforeEach
    void viewsFollowedTheStoreUpToItsThirdEvent() {
        rig.viewsFollowedTheStoreUpToItsThirdEvent();
        views.getCollection("cases").insertOne(new Document("_id", "case-1"));
        views.getCollection("case_timeline").insertOne(new Document("_id", "entry-1"));
    }

    @AfterEach
    void dropDatabase() {
        rig.close();
    }

    @Test
    void each_view_processor_is_stopped_moved_to_the_first_event_without_a_replay_token_and_started_again() {
        assertThat(rebuild.rebuild()).containsExactly("case-projection", "case-timeline");

        InOrder order = inOrder(cases, timeline);
        order.verify(cases).shutDown();
        order.verify(cases).start();
        order.verify(timeline).shutDown();
        order.verify(timeline).start();
        verify(processing, never()).eventProcessorByProcessingGroup("kafka-relay", StreamingEventProcessor.class);
        for (String processor : new String[]{CaseProjection.PROCESSING_GROUP, TimelineProjection.PROCESSING_GROUP}) {
            for (int segment : tokens.fetchSegments(processor)) {
                TrackingToken token = tokens.fetchToken(processor, segment);
                assertThat(token).isEqualTo(events.createTailToken()).isNotInstanceOf(ReplayToken.class);
                tokens.releaseClaim(processor, segment);
            }
        }
        assertThat(views.getCollection("cases").countDocuments()).isZero();
        assertThat(views.getCollection("case_timeline").countDocuments()).isZero();
    }

    @Test
    void a_segment_claimed_by_another_instance_refuses_the_rebuild_before_anything_changes() {
        MongoTokenStore otherInstance = rig.tokenStore("other-instance");
        otherInstance.fetchToken(CaseProjection.PROCESSING_GROUP, 1);

        assertThatThrownBy(rebuild::rebuild)
                .isInstanceOf(ProjectionRebuild.RebuildRefused.class)
                .hasMessageContaining("another case-service instance");

        verify(cases).start();
        verify(timeline, never()).shutDown();
        assertThat(tokens.fetchToken(CaseProjection.PROCESSING_GROUP, 0)).isEqualTo(RebuildRig.WHERE_THEY_WERE);
        assertThat(views.getCollection("cases").countDocuments()).isEqualTo(1);
    }

    @Test
    void the_command_line_switch_starts_a_rebuild_and_its_absence_does_not() {
        ProjectionRebuild asked = mock(ProjectionRebuild.class);
        RebuildProjectionsOnStartup runner = new RebuildProjectionsOnStartup(asked);

        runner.run(new DefaultApplicationArguments("--server.port=8081"));
        verify(asked, never()).rebuild();

        runner.run(new DefaultApplicationArguments("--rebuild-projections"));
        verify(asked).rebuild();
    }
}
