package nl.schoolboard.sexting.caseservice.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The team briefing reaches exactly the briefed: they read it (and the read is audited), nobody else finds it. */
class BriefingReadIT extends RunningCaseService {

    private static Map<String, String> as(String user, String role, String schools) {
        return Map.of("X-Actor-Id", user, "X-Actor-Role", role, "X-Board-Id", "board-1", "X-Actor-Schools", schools);
    }

    @Test
    void a_briefed_teacher_reads_the_summary_and_nobody_else_finds_it() {
        Map<String, String> leader = as("leader-1", "SCHOOL_LEADER", "school-1");
        Map<String, String> briefed = as("teacher-1", "TEAM_MEMBER", "school-1");
        Map<String, String> lead = as("teacher-2", "TEAM_MEMBER", "school-1");
        Map<String, String> colleague = as("teacher-3", "TEAM_MEMBER", "school-1");
        Map<String, String> elsewhere = as("teacher-1", "TEAM_MEMBER", "school-2");
        Map<String, String> otherBoard = Map.of("X-Actor-Id", "teacher-1", "X-Actor-Role", "TEAM_MEMBER",
                "X-Board-Id", "board-2", "X-Actor-Schools", "school-1");
        String caseId = http().post("/api/cases", """
                {"schoolId":"school-1","cameToLightAt":"%s","cameToLightHow":"PUPIL_TOLD_STAFF","materialKind":"PHOTO",
                 "minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"}]}"""
                .formatted(Instant.now().minusSeconds(120)), leader).json().get("caseId").asText();
        String path = "/api/cases/" + caseId + "/team-briefing";
        assertThat(http().get(path, briefed).status()).as("not briefed yet").isEqualTo(404);

        Http.Response recorded = http().post(path, """
                {"occurredAt":"%s","staff":["teacher-1","teacher-2"],"sharedSummary":"Let in de klas op opmerkingen over foto's.",
                 "namesShared":false,"classDiscussion":"CLASS_LESSON","discussionLead":"teacher-2",
                 "victimWish":"AGREES","parentsWish":"AGREES"}"""
                .formatted(Instant.now().minusSeconds(60)), leader);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

        Http.Response read = http().get(path, briefed);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode briefing = read.json().get("briefings").get(0);
        assertThat(briefing.get("summary").asText()).isEqualTo("Let in de klas op opmerkingen over foto's.");
        assertThat(briefing.get("classDiscussion").asText()).isEqualTo("CLASS_LESSON");
        assertThat(briefing.get("leadsDiscussion").asBoolean()).isFalse();
        assertThat(http().get(path, lead).json().get("briefings").get(0).get("leadsDiscussion").asBoolean()).isTrue();

        for (Map<String, String> outsider : java.util.List.of(colleague, leader, elsewhere, otherBoard)) {
            Http.Response refused = http().get(path, outsider);
            assertThat(refused.status()).as(outsider.toString()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("opmerkingen");
        }

        Map<String, String> auditor = as("fg-1", "AUDITOR", "");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/api/audit?caseId=" + caseId + "&actorId=teacher-1", auditor).json().findValuesAsText("what"))
                .contains(BriefingController.READ));
    }
}
