package nl.schoolboard.sexting.prevention;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.prevention.support.Caller;
import nl.schoolboard.sexting.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, role by role, as the service itself decides it from the access token (see {@code AccessRule}):
 * what each role is allowed is done, what it is not is refused with 403 (a role that never may) or 404 (not theirs).
 */
class AccessRulesIT extends InProcessStack {

    private String board;
    private String school;
    private String otherSchool;
    private String activityId;

    @BeforeEach
    void aBoardWithTwoSchoolsAndAnActivity() {
        board = "board-" + UUID.randomUUID();
        school = "school-" + UUID.randomUUID();
        otherSchool = "school-" + UUID.randomUUID();
        Caller admin = adminOf(board);
        assertThat(admin.put("/api/prevention/schools/{id}", "{\"region\":\"midden\"}", school).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(admin.put("/api/prevention/schools/{id}", "{\"region\":\"zuid\"}", otherSchool).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        activityId = leaderOf(board, school).post("/api/prevention/schools/{id}/activities", """
                {"title":"Gastles","dueBy":"2027-01-20"}""", school).getBody().path("id").asText();
    }

    @Test
    void school_staff_plan_their_schools_activities_and_team_members_only_read_them() {
        for (String role : List.of("SCHOOL_LEADER", "CARE_COORDINATOR", "CONFIDENTIAL_COUNSELLOR")) {
            Caller staff = staff(role, board, school);
            assertThat(staff.post("/api/prevention/schools/{id}/activities", """
                    {"title":"Eigen les","dueBy":"2027-01-21"}""", school).getStatusCode()).as(role)
                    .isEqualTo(HttpStatus.CREATED);
            assertThat(staff.post("/api/prevention/activities/{id}/schedule", """
                    {"date":"2027-01-12","startTime":"10:00","location":"aula","ledBy":"mentor"}""", activityId)
                    .getStatusCode()).as(role).isEqualTo(HttpStatus.OK);
        }

        Caller teamMember = staff("TEAM_MEMBER", board, school);
        assertThat(teamMember.get("/api/prevention/schools/{id}/plan", school).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(teamMember.get("/api/prevention/schools/{id}/activities", school).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(teamMember.get("/api/prevention/activities/{id}", activityId).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refused = teamMember.post("/api/prevention/activities/{id}/cancel", """
                {"reason":"geen zin"}""", activityId);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/forbidden");
        assertThat(refused.getBody().path("detail").asText()).contains("teamlid");
        assertThat(teamMember.post("/api/prevention/schools/{id}/activities", """
                {"title":"Eigen les","dueBy":"2027-01-21"}""", school).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(teamMember.get("/api/prevention/schools/{id}/plan", otherSchool).getStatusCode())
                .as("not their school").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(leaderOf(board, school).get("/api/prevention/activities/{id}", activityId).getBody()
                .path("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void the_board_administrator_and_the_auditor_read_every_school_of_their_board_and_change_no_activity() {
        for (Caller boardWide : List.of(adminOf(board), auditorOf(board))) {
            assertThat(boardWide.get("/api/prevention/schools/{id}/plan", school).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(boardWide.get("/api/prevention/schools/{id}/plan", otherSchool).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(boardWide.get("/api/prevention/activities/{id}", activityId).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(boardWide.get("/api/prevention/boards/{b}/coverage", board).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(boardWide.post("/api/prevention/activities/{id}/cancel", """
                    {"reason":"van bovenaf"}""", activityId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(boardWide.post("/api/prevention/schools/{id}/activities", """
                    {"title":"Van bovenaf","dueBy":"2027-01-21"}""", school).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        Caller auditor = auditorOf(board);
        assertThat(auditor.put("/api/prevention/boards/{b}/settings", "{\"lessonWithinSchoolWeeks\":5}", board)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.put("/api/prevention/schools/{id}", "{\"region\":\"noord\"}", school).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(adminOf(board).put("/api/prevention/boards/{b}/settings", "{\"lessonWithinSchoolWeeks\":5}", board)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(adminOf(board).get("/api/prevention/schools/{id}", school).getBody().path("region").asText())
                .as("the auditor changed nothing").isEqualTo("MIDDEN");
        assertThat(adminOf(board).get("/api/prevention/activities/{id}", activityId).getBody().path("status").asText())
                .isEqualTo("PLANNED");
    }

    @Test
    void school_staff_do_not_use_board_settings_or_coverage_and_nobody_uses_another_boards() {
        for (String role : List.of("SCHOOL_LEADER", "CARE_COORDINATOR", "CONFIDENTIAL_COUNSELLOR", "TEAM_MEMBER")) {
            assertThat(staff(role, board, school).get("/api/prevention/boards/{b}/coverage", board).getStatusCode())
                    .as(role).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(staff(role, board, school).put("/api/prevention/schools/{id}", "{\"region\":\"noord\"}",
                    school).getStatusCode()).as(role).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<JsonNode> otherBoard = adminOf("board-" + UUID.randomUUID())
                .get("/api/prevention/boards/{b}/coverage", board);
        assertThat(otherBoard.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherBoard.getBody().path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/board-not-found");
        assertThat(auditorOf("board-" + UUID.randomUUID()).get("/api/prevention/boards/{b}/settings", board)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void another_schools_staff_find_neither_the_school_nor_its_activities() {
        Caller neighbour = leaderOf(board, otherSchool);

        ResponseEntity<JsonNode> activity = neighbour.get("/api/prevention/activities/{id}", activityId);
        ResponseEntity<JsonNode> unknown = neighbour.get("/api/prevention/activities/{id}", "no-such-activity");
        assertThat(activity.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(activity.getBody().path("type")).as("the same answer as for an activity that does not exist")
                .isEqualTo(unknown.getBody().path("type"));
        assertThat(activity.getBody().path("detail").asText())
                .isEqualTo(unknown.getBody().path("detail").asText().replace("no-such-activity", activityId));
        assertThat(neighbour.post("/api/prevention/activities/{id}/cancel", "{\"reason\":\"x\"}", activityId)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(neighbour.get("/api/prevention/schools/{id}/activities", school).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(neighbour.get("/api/prevention/schools/{id}/plan", school).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_acting_role_is_one_of_the_callers_own_chosen_with_a_header_and_goes_into_the_event() {
        Caller both = Caller.withToken(http, TestTokens.withRoles("user-two-hats",
                List.of("TEAM_MEMBER", "CARE_COORDINATOR"), board, List.of(school)));
        String schedule = """
                {"date":"2027-01-12","startTime":"10:00","location":"aula","ledBy":"mentor"}""";

        assertThat(both.post("/api/prevention/activities/{id}/schedule", schedule, activityId).getStatusCode())
                .as("acting as the first role, team member").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(both.withHeader("X-Acting-Role", "SCHOOL_LEADER")
                .post("/api/prevention/activities/{id}/schedule", schedule, activityId).getStatusCode())
                .as("not one of theirs").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(both.withHeader("X-Acting-Role", "care_coordinator")
                .post("/api/prevention/activities/{id}/schedule", schedule, activityId).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        PreventionEvent scheduled = await().atMost(WAIT).until(() -> eventsOf(school).stream()
                .filter(e -> e.activityId().equals(activityId) && e.type().equals(PreventionEvent.ACTIVITY_SCHEDULED))
                .findFirst().orElse(null), e -> e != null);
        assertThat(scheduled.actor()).isEqualTo(new Actor("user-two-hats", "CARE_COORDINATOR"));
    }

    @Test
    void a_request_without_a_valid_token_or_with_one_that_does_not_say_who_is_a_401_problem() {
        ResponseEntity<JsonNode> none = anonymous().get("/api/prevention/schools/{id}/plan", school);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(none.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(none.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(none.getBody().path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/unauthenticated");
        assertThat(none.getBody().path("detail").asText()).contains("toegangsbewijs");

        ResponseEntity<JsonNode> noBoard = Caller.withToken(http,
                TestTokens.withoutBoard("user-x", "SCHOOL_LEADER", List.of(school)))
                .get("/api/prevention/schools/{id}/plan", school);
        assertThat(noBoard.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noBoard.getBody().path("detail").asText()).contains("schoolbestuur");
        assertThat(Caller.withToken(http, TestTokens.token("user-x", "PRINCIPAL", board, List.of(school)))
                .get("/api/prevention/schools/{id}/plan", school).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void health_the_api_document_and_the_calendar_feed_need_no_sign_in() {
        ResponseEntity<JsonNode> health = anonymous().get("/actuator/health");
        // UP or DOWN depends on the in-process stand-ins; what matters here is that it answers without a sign-in
        assertThat(health.getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(health.getBody().path("status").asText()).isIn("UP", "DOWN");
        ResponseEntity<JsonNode> api = anonymous().get("/api/prevention/v3/api-docs");
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getBody().path("paths").has("/api/prevention/schools/{schoolId}/plan")).isTrue();
        assertThat(api.getBody().toString()).as("the caller is not a request parameter")
                .doesNotContain("\"userId\"").doesNotContain("\"name\":\"actor\"");
        assertThat(anonymous().get(String.class, "/api/prevention/calendar/{token}.ics", "A".repeat(43))
                .getStatusCode()).as("open, and unknown").isEqualTo(HttpStatus.NOT_FOUND);
    }
}
