package nl.schoolboard.sexting.caseservice.incident.query;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * At start-up, views stored in an older shape are rebuilt, and views of the current shape are left as they are. The
 * rebuild is the real one, on a MongoDB-wire store; as in {@link ProjectionRebuildTest}, only the processors, whose
 * stop and start show that a rebuild ran, are stand-ins.
 */
class RebuildViewsOfAnOlderShapeTest {

    private static final DefaultApplicationArguments STARTED = new DefaultApplicationArguments("--server.port=8081");

    private final RebuildRig rig = new RebuildRig("shape");
    private final MongoTemplate views = rig.views;
    private final StreamingEventProcessor cases = rig.cases;
    private final StreamingEventProcessor timeline = rig.timeline;
    private final RebuildViewsOfAnOlderShape startUp = new RebuildViewsOfAnOlderShape(views, rig.rebuild);

    @BeforeEach
    void theViewsFollowedTheStore() {
        rig.viewsFollowedTheStoreUpToItsThirdEvent();
    }

    @AfterEach
    void dropDatabase() {
        rig.close();
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
        rig.tokenStore("other-instance").fetchToken(CaseProjection.PROCESSING_GROUP, 1);

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
}
