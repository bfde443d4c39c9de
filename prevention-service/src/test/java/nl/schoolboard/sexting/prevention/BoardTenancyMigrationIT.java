package nl.schoolboard.sexting.prevention;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.prevention.mongo.BoardTenancyMigration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Documents stored before reads were scoped by (board, school) have no board. The migration gives them their
 * school's board, once: here the old shape is made for real (documents written by the service, their board then
 * removed, as they were stored before), the migration runs, and the school's staff see their plan again.
 */
class BoardTenancyMigrationIT extends InProcessStack {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    BoardTenancyMigration migration;

    @Test
    void documents_without_a_board_get_their_schools_board_and_a_second_run_changes_nothing() {
        String board = "board-" + UUID.randomUUID();
        String school = "school-" + UUID.randomUUID();
        assertThat(adminOf(board).put("/api/prevention/schools/{id}", "{\"region\":\"midden\"}", school)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String activityId = leaderOf(board, school).post("/api/prevention/schools/{id}/activities",
                "{\"title\":\"Gastles\",\"dueBy\":\"2027-01-20\"}", school).getBody().path("id").asText();
        String token = leaderOf(board, school).post("/api/prevention/schools/{id}/calendar-token", "", school)
                .getBody().path("token").asText();
        mongo.getCollection("prevention_incidents").insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("caseId", "case-old").append("schoolId", school).append("day", LocalDate.of(2026, 11, 20))
                .append("schoolYear", "2026-2027").append("minorNudeInvolved", false));
        unsetBoard("prevention_activities", school);
        unsetBoard("prevention_calendar_tokens", school);
        assertThat(leaderOf(board, school).get("/api/prevention/schools/{id}/activities", school).getBody())
                .as("in the old shape the scoped read finds nothing").isEmpty();

        int filled = migration.migrate();

        assertThat(filled).as("the school's activities, the incident, the feed token").isGreaterThanOrEqualTo(3);
        assertThat(mongo.count(Query.query(where("schoolId").is(school).and("boardId").is(board)),
                "prevention_incidents")).isEqualTo(1);
        JsonNode activities = leaderOf(board, school).get("/api/prevention/schools/{id}/activities", school).getBody();
        assertThat(activities.findValuesAsText("id")).contains(activityId);
        assertThat(mongo.findById(school, Document.class, "prevention_calendar_tokens").getString("boardId"))
                .isEqualTo(board);
        assertThat(anonymous().get(String.class, "/api/prevention/calendar/{token}.ics", token).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(migration.migrate()).as("idempotent").isZero();
    }

    @Test
    void a_school_without_a_board_takes_the_one_board_its_incidents_name_and_an_unplaceable_one_is_left_alone() {
        String placeable = "school-" + UUID.randomUUID();
        String unplaceable = "school-" + UUID.randomUUID();
        for (String school : new String[] {placeable, unplaceable}) {
            mongo.getCollection("prevention_schools").insertOne(new Document("_id", school)
                    .append("region", "NOORD").append("regionAssumed", false));
        }
        incident(placeable, "board-one");
        incident(placeable, "board-one");
        incident(unplaceable, "board-one");
        incident(unplaceable, "board-two");

        migration.migrate();

        assertThat(mongo.findById(placeable, Document.class, "prevention_schools").getString("boardId"))
                .isEqualTo("board-one");
        assertThat(mongo.findById(unplaceable, Document.class, "prevention_schools").getString("boardId"))
                .as("two boards name it: nobody can tell whose it is").isNull();
        assertThat(adminOf("board-one").get("/api/prevention/schools/{id}", placeable).getBody().path("region")
                .asText()).isEqualTo("NOORD");
    }

    private void incident(String school, String board) {
        mongo.getCollection("prevention_incidents").insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("caseId", "case-" + UUID.randomUUID()).append("boardId", board).append("schoolId", school)
                .append("schoolYear", "2026-2027").append("minorNudeInvolved", false));
    }

    private void unsetBoard(String collection, String school) {
        mongo.updateMulti(Query.query(where("schoolId").is(school)), new Update().unset("boardId"), collection);
        if (collection.equals("prevention_calendar_tokens")) {
            mongo.updateMulti(Query.query(where("_id").is(school)), new Update().unset("boardId"), collection);
        }
    }
}
