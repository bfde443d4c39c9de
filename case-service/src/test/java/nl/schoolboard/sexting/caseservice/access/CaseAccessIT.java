package nl.schoolboard.sexting.caseservice.access;

import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.caseservice.support.MovingTime;
import org.springframework.beans.factory.annotation.Autowired;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who sees a case: school staff of its school, the team member who reported it, and a time-limited grant. */
@Import(MovingTime.class)
class CaseAccessIT extends RunningCaseService {

    @Autowired
    MovableClock clock;

    private static Map<String, String> as(String user, String role, String schools) {
        return Map.of("X-Actor-Id", user, "X-Actor-Role", role, "X-Board-Id", "board-1", "X-Actor-Schools", schools);
    }

    private String report(Map<String, String> by) {
        return http().post("/api/cases", """
                {"schoolId":"school-1","cameToLightAt":"%s","cameToLightHow":"PUPIL_TOLD_STAFF","materialKind":"PHOTO",
                 "minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"}]}"""
                .formatted(clock.instant().minusSeconds(60)), by).json().get("caseId").asText();
    }

    @Test
    void access_given_for_a_limited_time_ends_by_itself() {
        Map<String, String> leader = as("leader", "SCHOOL_LEADER", "school-1");
        Map<String, String> outsider = as("care-worker-7", "CARE_COORDINATOR", "school-elsewhere");
        String caseId = report(leader);
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, leader).status() == 200);
        assertThat(http().get("/api/cases/" + caseId, outsider).status()).isEqualTo(404);

        assertThat(http().post("/api/cases/" + caseId + "/access-grants", """
                {"occurredAt":"%s","grantee":"care-worker-7","until":"%s"}"""
                .formatted(clock.instant().minusSeconds(1), clock.instant().plus(Duration.ofHours(2))), leader).status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, outsider).status() == 200);
        assertThat(http().get("/api/cases/" + caseId + "/timeline", outsider).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(3));

        assertThat(http().get("/api/cases/" + caseId, outsider).status()).isEqualTo(404);
        assertThat(http().get("/api/cases/" + caseId, leader).status()).isEqualTo(200);
    }

    @Test
    void access_revoked_by_the_school_leader_ends_at_once_and_only_the_leader_revokes() {
        Map<String, String> leader = as("leader", "SCHOOL_LEADER", "school-1");
        Map<String, String> outsider = as("care-worker-9", "CARE_COORDINATOR", "school-elsewhere");
        String caseId = report(leader);
        assertThat(http().post("/api/cases/" + caseId + "/access-grants", """
                {"occurredAt":"%s","grantee":"care-worker-9","until":"%s"}"""
                .formatted(clock.instant().minusSeconds(1), clock.instant().plus(Duration.ofHours(2))), leader).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, outsider).status() == 200);
        String revoke = """
                {"occurredAt":"%s","grantee":"care-worker-9"}""".formatted(clock.instant().minusSeconds(1));

        assertThat(http().post("/api/cases/" + caseId + "/access-revocations", revoke,
                as("care", "CARE_COORDINATOR", "school-1")).status()).isEqualTo(403);
        assertThat(http().post("/api/cases/" + caseId + "/access-revocations", revoke, outsider).status()).isEqualTo(403);
        assertThat(http().post("/api/cases/" + caseId + "/access-revocations", revoke, leader).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, outsider).status() == 404);
        assertThat(http().get("/api/cases/" + caseId + "/timeline", outsider).status()).isEqualTo(404);
        assertThat(http().get("/api/cases/" + caseId, leader).status()).isEqualTo(200);
    }

    @Test
    void only_the_school_leader_grants_access_and_only_for_a_limited_time() {
        Map<String, String> leader = as("leader", "SCHOOL_LEADER", "school-1");
        String caseId = report(leader);
        String grant = """
                {"occurredAt":"%s","grantee":"care-worker-8","until":"%s"}""";

        assertThat(http().post("/api/cases/" + caseId + "/access-grants", grant.formatted(clock.instant().minusSeconds(1),
                clock.instant().plus(Duration.ofHours(1))), as("care", "CARE_COORDINATOR", "school-1")).status()).isEqualTo(403);
        assertThat(http().post("/api/cases/" + caseId + "/access-grants", grant.formatted(clock.instant().minusSeconds(1),
                clock.instant().plus(Duration.ofDays(365))), leader).status()).isEqualTo(400);
    }

    @Test
    void a_team_member_sees_the_case_they_reported_and_no_other() {
        Map<String, String> teacher = as("teacher-1", "TEAM_MEMBER", "school-1");
        Map<String, String> colleague = as("teacher-2", "TEAM_MEMBER", "school-1");
        String own = report(teacher);
        String others = report(as("leader", "SCHOOL_LEADER", "school-1"));

        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + own, teacher).status() == 200);
        assertThat(http().get("/api/cases/" + others, teacher).status()).isEqualTo(404);
        assertThat(http().get("/api/cases/" + own, colleague).status()).isEqualTo(404);
        assertThat(http().get("/api/cases", teacher).json().findValuesAsText("caseId")).contains(own).doesNotContain(others);
        assertThat(http().post("/api/cases/" + own + "/sanctions", "{}", teacher).status()).isEqualTo(403);
    }

    @Test
    void a_board_administrator_sees_aggregates_without_personal_data_and_no_case_list_or_detail() {
        String caseId = report(as("leader", "SCHOOL_LEADER", "school-1"));
        Map<String, String> board = Map.of("X-Actor-Id", "bestuur", "X-Actor-Role", "BOARD_ADMINISTRATOR", "X-Board-Id", "board-1");

        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId,
                as("leader", "SCHOOL_LEADER", "school-1")).status() == 200);
        Http.Response dashboard = http().get("/api/cases/board/dashboard", board);
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain("P-1").doesNotContain(caseId);
        Http.Response statistics = http().get("/api/cases/board/statistics", board);
        assertThat(statistics.status()).isEqualTo(200);
        assertThat(statistics.body()).doesNotContain("P-1").doesNotContain(caseId);
        assertThat(statistics.json().get("cells").findValuesAsText("count")).as("every count a multiple of 5")
                .allSatisfy(count -> assertThat(Long.parseLong(count) % 5).isZero());
        assertThat(http().get("/api/cases", board).status()).isEqualTo(403);
        assertThat(http().get("/api/cases/" + caseId, board).status()).isEqualTo(403);
        assertThat(http().get("/api/cases/board/dashboard", as("leader", "SCHOOL_LEADER", "school-1")).status()).isEqualTo(403);
    }
}
