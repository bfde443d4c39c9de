package nl.schoolboard.sexting.prevention;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.prevention.support.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The school registry, a board's settings, a school's plan for a school year and a board's coverage, over HTTP, each
 * asked for by the role that uses it.
 */
class SchoolPlanIT extends InProcessStack {

    @Autowired
    SchoolCalendar calendar;

    @Test
    void a_board_registers_its_school_in_a_region_and_nobody_else_can_take_it() {
        String school = "school-" + UUID.randomUUID();
        Caller admin = adminOf("board-a");
        ResponseEntity<JsonNode> oost = admin.put("/api/prevention/schools/{id}", """
                {"boardId":"board-a","region":"oost"}""", school);
        assertThat(oost.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(oost)).containsExactly("region");
        assertThat(fieldsOf(admin.put("/api/prevention/schools/{id}", "{\"name\":\"De Brug\"}", school)))
                .containsExactly("region");
        assertThat(admin.get("/api/prevention/schools/{id}", school).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> registered = admin.put("/api/prevention/schools/{id}", """
                {"name":"De Brug","region":"Zuid","policyLastReviewedOn":"2026-09-01"}""", school);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(registered.getBody().path("boardId").asText()).as("the administrator's board").isEqualTo("board-a");
        assertThat(registered.getBody().path("region").asText()).isEqualTo("ZUID");
        assertThat(registered.getBody().path("regionAssumed").asBoolean()).isFalse();
        assertThat(admin.get("/api/prevention/schools/{id}", school).getBody()).isEqualTo(registered.getBody());
        assertThat(leaderOf("board-a", school).get("/api/prevention/schools/{id}", school).getBody())
                .isEqualTo(registered.getBody());

        ResponseEntity<JsonNode> taken = adminOf("board-b").put("/api/prevention/schools/{id}", """
                {"region":"zuid"}""", school);
        assertThat(taken.getStatusCode()).as("a school id belongs to one board: taken, not board-b's to register")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody().path("type").asText())
                .isEqualTo("https://sexting-protocol.example/problems/school-id-taken");
        assertThat(taken.getBody().toString()).as("names neither the board nor the school").doesNotContain("board-a")
                .doesNotContain("De Brug");
        assertThat(adminOf("board-b").get("/api/prevention/schools/{id}", school).getStatusCode())
                .as("and it is not there for board-b to read").isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> forAnotherBoard = admin.put("/api/prevention/schools/{id}", """
                {"boardId":"board-b","region":"zuid"}""", "school-" + UUID.randomUUID());
        assertThat(forAnotherBoard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.get("/api/prevention/schools/{id}", school).getBody().path("boardId").asText())
                .isEqualTo("board-a");
    }

    @Test
    void a_board_changes_its_settings_within_bounds_and_a_new_incident_is_planned_with_them_on_school_days() {
        String board = "board-" + UUID.randomUUID();
        String school = "school-" + UUID.randomUUID();
        Caller admin = adminOf(board);
        assertThat(admin.get("/api/prevention/boards/{b}/settings", board).getBody().path("custom").asBoolean())
                .isFalse();
        ResponseEntity<JsonNode> zero = admin.put("/api/prevention/boards/{b}/settings", """
                {"lessonWithinSchoolWeeks":0}""", board);
        assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(zero)).containsExactly("lessonWithinSchoolWeeks");
        ResponseEntity<JsonNode> saved = admin.put("/api/prevention/boards/{b}/settings", """
                {"lessonWithinSchoolWeeks":4}""", board);
        assertThat(saved.getBody().path("lessonWithinSchoolWeeks").asInt()).isEqualTo(4);
        assertThat(saved.getBody().path("urgentParentEveningWithinSchoolWeeks").asInt()).as("default").isEqualTo(2);
        admin.put("/api/prevention/schools/{id}", "{\"boardId\":\"" + board + "\",\"region\":\"noord\"}", school);
        assertThat(auditorOf(board).get("/api/prevention/boards/{b}/settings", board).getBody()
                .path("lessonWithinSchoolWeeks").asInt()).as("the auditor reads them").isEqualTo(4);

        CaseEvent report = incidentReported(board, school, "2026-11-20T08:00:00Z", false, List.of("1", "2"));
        publish(report);

        JsonNode plan = await().atMost(WAIT).until(
                () -> staff("TEAM_MEMBER", board, school).get("/api/prevention/schools/{id}/plan?schoolYear=2026-2027",
                        school).getBody(),
                body -> body.path("activities").findValuesAsText("kind").contains("MEDIA_LITERACY_LESSON"));
        assertThat(plan.path("region").asText()).isEqualTo("NOORD");
        assertThat(plan.path("regionAssumed").asBoolean()).isFalse();
        assertThat(plan.path("holidaysKnown").asBoolean()).isTrue();
        assertThat(plan.path("firstSchoolDay").asText()).isEqualTo("2026-08-17");
        assertThat(plan.path("holidays").get(0).path("name").asText()).isEqualTo("herfstvakantie");
        assertThat(plan.path("holidays").get(0).path("firstDay").asText()).isEqualTo("2026-10-10");
        JsonNode lesson = plan.path("activities").findParents("kind").stream()
                .filter(a -> a.path("kind").asText().equals("MEDIA_LITERACY_LESSON")).findFirst().orElseThrow();
        assertThat(lesson.path("dueBy").asText()).as("four school weeks, as the board set").isEqualTo("2026-12-18");
        assertThat(plan.path("activities").findValuesAsText("dueBy")).allSatisfy(due ->
                assertThat(calendar.whyNoSchool(Region.NOORD, LocalDate.parse(due))).isEmpty());

        assertThat(fieldsOf(admin.get("/api/prevention/schools/{id}/plan?schoolYear=2026", school)))
                .containsExactly("schoolYear");
    }

    @Test
    void a_school_nobody_registered_is_planned_in_midden_and_its_plan_says_so() {
        JsonNode plan = leaderOf("board-a", "unheard-of")
                .get("/api/prevention/schools/{id}/plan?schoolYear=2027-2028", "unheard-of").getBody();

        assertThat(plan.path("registered").asBoolean()).isFalse();
        assertThat(plan.path("region").asText()).isEqualTo("MIDDEN");
        assertThat(plan.path("regionAssumed").asBoolean()).isTrue();
        assertThat(plan.path("activities")).isEmpty();
        assertThat(plan.path("lastSchoolDay").asText()).isEqualTo("2028-07-07");
    }

    @Test
    void a_boards_coverage_counts_its_schools_reviewed_policies_incidents_and_lessons() {
        String board = "board-" + UUID.randomUUID();
        String reviewed = "school-" + UUID.randomUUID();
        String notReviewed = "school-" + UUID.randomUUID();
        Caller admin = adminOf(board);
        admin.put("/api/prevention/schools/{id}", "{\"boardId\":\"" + board + "\",\"region\":\"midden\","
                + "\"policyLastReviewedOn\":\"2026-09-01\"}", reviewed);
        admin.put("/api/prevention/schools/{id}", "{\"region\":\"zuid\"}", notReviewed);
        publish(incidentReported(board, notReviewed, "2026-11-20T08:00:00Z", true, List.of("3")));
        await().atMost(WAIT).until(() -> admin.get("/api/prevention/schools/{id}/activities", notReviewed).getBody()
                .findValuesAsText("kind").contains("POLICY_REVIEW"));

        JsonNode coverage = admin.get("/api/prevention/boards/{b}/coverage?schoolYear=2026-2027", board).getBody();

        assertThat(coverage.path("schools").asInt()).isEqualTo(2);
        assertThat(coverage.path("schoolsWithReviewedPolicy").asInt()).isEqualTo(1);
        assertThat(coverage.path("reviewedPolicyShare").asDouble()).isEqualTo(0.5);
        assertThat(coverage.path("incidentsReported").asInt()).isEqualTo(1);
        assertThat(coverage.path("lessonsAfterIncidents").path("open").asInt()).isEqualTo(1);
        assertThat(coverage.path("lessonsAfterIncidents").path("done").asInt()).isZero();
        assertThat(coverage.path("parentEvenings").path("open").asInt()).isEqualTo(1);
        assertThat(coverage.path("perSchool").findValuesAsText("schoolId"))
                .containsExactlyInAnyOrder(reviewed, notReviewed);
        assertThat(coverage.toString()).as("no personal data on a board dashboard").doesNotContain("P-1");
        assertThat(auditorOf(board).get("/api/prevention/boards/{b}/coverage?schoolYear=2026-2027", board).getBody())
                .as("the auditor reads the same").isEqualTo(coverage);
    }
}
