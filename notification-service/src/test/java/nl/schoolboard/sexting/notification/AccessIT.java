package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import nl.schoolboard.sexting.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.audit.ReadNotRecorded;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/**
 * Who may see and do what, decided in the service from the caller's token: the directory (the school's leader and
 * care coordinator; the board administrator for team lists only), what was told about a case (the school's care
 * roles and the board's auditor), the acting role, and the audit record of every read of guardians' contact data.
 */
class AccessIT extends InProcessServices {

    private static final String TEAM_MEMBER_JSON = "{\"roles\":[\"TEAM_MEMBER\"],\"email\":\"docent@school.example\"}";
    private static final String GUARDIANS_JSON =
            "{\"guardians\":[{\"name\":\"Mevrouw Access\",\"email\":\"ouder.access@thuis.example\"}]}";

    private static void assertRefused(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).doesNotContain("ouder.access@thuis.example").doesNotContain("Mevrouw Access");
    }

    // ---- the directory -------------------------------------------------------------------------------------

    @Test
    void the_leader_and_the_care_coordinator_of_the_school_keep_its_team_and_its_guardians() {
        String school = newSchool();
        TestIdentity leader = leaderOf(school);
        TestIdentity coordinator = TestIdentity.coordinatorOf(BOARD, school);

        assertThat(putJson(leader, directory(school) + "/staff/S-1", TEAM_MEMBER_JSON).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(putJson(coordinator, directory(school) + "/pupils/P-1/guardians", GUARDIANS_JSON).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(getJson(coordinator, directory(school) + "/staff").findValuesAsText("staffRef"))
                .containsExactly("S-1");
        assertThat(getJson(leader, directory(school) + "/pupils/P-1/guardians").get("guardians")
                .findValuesAsText("email")).containsExactly("ouder.access@thuis.example");
        assertThat(getJson(leader, directory(school) + "/guardians")).hasSize(1);
        assertThat(delete(coordinator, directory(school) + "/pupils/P-1/guardians").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void the_board_administrator_keeps_every_schools_team_but_never_sees_or_sets_guardians() {
        String school = newSchool();
        String otherSchool = newSchool();
        guardians(school, "P-1", "Mevrouw Access", "ouder.access@thuis.example", "nl");
        TestIdentity administrator = TestIdentity.boardAdministrator(BOARD);

        assertThat(putJson(administrator, directory(school) + "/staff/S-1", TEAM_MEMBER_JSON).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(postCsv(administrator, directory(otherSchool) + "/staff.csv",
                "staffRef,roles,email\nL-1,SCHOOL_LEADER,leider@school.example\n").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(getJson(administrator, directory(otherSchool) + "/staff").findValuesAsText("staffRef"))
                .containsExactly("L-1");
        assertThat(delete(administrator, directory(school) + "/staff/S-1").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertRefused(get(administrator, directory(school) + "/guardians"), HttpStatus.FORBIDDEN);
        assertRefused(get(administrator, directory(school) + "/pupils/P-1/guardians"), HttpStatus.FORBIDDEN);
        assertRefused(putJson(administrator, directory(school) + "/pupils/P-1/guardians",
                "{\"guardians\":[{\"email\":\"bestuur@bestuur.example\"}]}"), HttpStatus.FORBIDDEN);
        assertRefused(postCsv(administrator, directory(school) + "/guardians.csv",
                "pupilRef,email\nP-1,bestuur@bestuur.example\n"), HttpStatus.FORBIDDEN);
        assertRefused(delete(administrator, directory(school) + "/pupils/P-1/guardians"), HttpStatus.FORBIDDEN);
        assertThat(getJson(leaderOf(school), directory(school) + "/pupils/P-1/guardians").get("guardians")
                .findValuesAsText("email")).as("untouched").containsExactly("ouder.access@thuis.example");
    }

    @Test
    void other_roles_are_refused_and_a_leader_of_another_school_or_board_finds_no_such_school() {
        String school = newSchool();
        staff(school, "L-1", "leider@school.example", "nl", "SCHOOL_LEADER");
        guardians(school, "P-1", "Mevrouw Access", "ouder.access@thuis.example", "nl");

        for (TestIdentity refused : List.of(TestIdentity.teamMember("S-1", BOARD, school),
                TestIdentity.counsellorOf(BOARD, school), auditor())) {
            assertRefused(get(refused, directory(school) + "/staff"), HttpStatus.FORBIDDEN);
            assertRefused(get(refused, directory(school) + "/guardians"), HttpStatus.FORBIDDEN);
            assertRefused(putJson(refused, directory(school) + "/staff/S-2", TEAM_MEMBER_JSON), HttpStatus.FORBIDDEN);
        }
        for (TestIdentity elsewhere : List.of(leaderOf(newSchool()), TestIdentity.coordinatorOf(BOARD, newSchool()),
                TestIdentity.of("intruder", "SCHOOL_LEADER", "board-elsewhere", school))) {
            assertRefused(get(elsewhere, directory(school) + "/staff"), HttpStatus.NOT_FOUND);
            assertRefused(get(elsewhere, directory(school) + "/pupils/P-1/guardians"), HttpStatus.NOT_FOUND);
            assertRefused(putJson(elsewhere, directory(school) + "/staff/S-2", TEAM_MEMBER_JSON), HttpStatus.NOT_FOUND);
            assertRefused(postCsv(elsewhere, directory(school) + "/guardians.csv", "pupilRef,email\nP-9,x@y.example\n"),
                    HttpStatus.NOT_FOUND);
        }
        assertThat(getJson(leaderOf(school), directory(school) + "/staff").findValuesAsText("staffRef"))
                .as("nothing was changed").containsExactly("L-1");
        assertThat(getJson(leaderOf(school), directory(school) + "/guardians").findValuesAsText("pupilRef"))
                .containsExactly("P-1");
    }

    @Test
    void the_acting_role_is_the_first_of_the_token_or_one_of_the_callers_own_chosen_by_header() {
        String school = newSchool();
        TestIdentity teacherAndLeader = new TestIdentity("two-hats-" + school, List.of("TEAM_MEMBER", "SCHOOL_LEADER"),
                BOARD, List.of(school));

        ResponseEntity<String> asTeacher = get(teacherAndLeader, directory(school) + "/staff");
        ResponseEntity<String> asLeader = send(teacherAndLeader, HttpMethod.GET, directory(school) + "/staff", null,
                null, Map.of("X-Acting-Role", "SCHOOL_LEADER"));
        ResponseEntity<String> asAuditor = send(teacherAndLeader, HttpMethod.GET, directory(school) + "/staff", null,
                null, Map.of("X-Acting-Role", "AUDITOR"));

        assertRefused(asTeacher, HttpStatus.FORBIDDEN);
        assertThat(asLeader.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(asAuditor, HttpStatus.FORBIDDEN);
        assertThat(asAuditor.getBody()).contains("\"code\":\"not-one-of-your-roles\"");
    }

    @Test
    void a_signed_token_that_does_not_say_who_for_which_board_in_which_role_is_nobody() {
        String school = newSchool();
        for (Map<String, Object> claims : List.of(
                Map.<String, Object>of("sub", "no-board", "roles", List.of("SCHOOL_LEADER"),
                        "schools", List.of(school)),
                Map.<String, Object>of("sub", "no-roles", "board", BOARD, "schools", List.of(school)),
                Map.<String, Object>of("sub", "odd-roles", "board", BOARD, "roles", 42, "schools", List.of(school)),
                Map.<String, Object>of("sub", "odd-board", "board", List.of(BOARD), "roles", List.of("SCHOOL_LEADER")),
                Map.<String, Object>of("sub", "no-such-role", "board", BOARD, "roles", List.of("HEADMASTER")))) {
            ResponseEntity<String> answer = send(null, HttpMethod.GET, directory(school) + "/staff", null, null,
                    Map.of("Authorization", "Bearer " + TestTokens.withClaims(claims)));
            assertRefused(answer, HttpStatus.UNAUTHORIZED);
        }
    }

    // ---- the audit record of reading guardians -------------------------------------------------------------

    @Test
    void every_read_of_guardians_contact_data_is_recorded_who_what_when_before_it_is_answered() {
        String school = newSchool();
        guardians(school, "P-1", "Mevrouw Access", "ouder.access@thuis.example", "nl");
        TestIdentity coordinator = TestIdentity.coordinatorOf(BOARD, school);

        ResponseEntity<String> one = send(coordinator, HttpMethod.GET, directory(school) + "/pupils/P-1/guardians",
                null, null, Map.of());
        String correlationId = one.getHeaders().getFirst("X-Correlation-Id");
        ResponseEntity<String> all = get(leaderOf(school), directory(school) + "/guardians");
        get(leaderOf(school), directory(school) + "/staff");

        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<ConsumerRecord<String, byte[]>> reads = kafka.readAll(Topics.PERSONAL_DATA_READS).stream()
                .filter(record -> school.equals(record.key())).toList();
        assertThat(reads).as("the guardian reads, not the team list").hasSize(2);
        JsonNode first = json(new String(reads.get(0).value(), StandardCharsets.UTF_8));
        assertThat(first.get("type").asText()).isEqualTo("PersonalDataRead");
        assertThat(first.get("boardId").asText()).isEqualTo(BOARD);
        assertThat(first.get("schoolId").asText()).isEqualTo(school);
        assertThat(first.get("actor").get("id").asText()).isEqualTo(coordinator.user());
        assertThat(first.get("actor").get("role").asText()).isEqualTo("CARE_COORDINATOR");
        assertThat(first.get("what").asText()).isEqualTo("GUARDIAN_CONTACTS");
        assertThat(first.get("subject").asText()).isEqualTo("P-1");
        assertThat(first.get("occurredAt").asText()).isNotBlank();
        // the read's record names the request it answered: the trace id the caller got back
        assertThat(correlationId).isNotBlank();
        assertThat(first.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(KafkaTestClient.header(reads.get(0), RecordHeaders.CORRELATION_ID)).isEqualTo(correlationId);
        JsonNode second = json(new String(reads.get(1).value(), StandardCharsets.UTF_8));
        assertThat(second.get("actor").get("id").asText()).isEqualTo(leaderOf(school).user());
        assertThat(second.get("subject").isNull()).as("every pupil of the school").isTrue();
        assertThat(reads).allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .doesNotContain("ouder.access@thuis.example").doesNotContain("Mevrouw"));
    }

    @Test
    void a_read_of_guardians_that_cannot_be_recorded_is_not_answered() {
        String school = newSchool();
        guardians(school, "P-1", "Mevrouw Access", "ouder.access@thuis.example", "nl");
        doThrow(new ReadNotRecorded(new IllegalStateException("the broker is away")))
                .when(personalDataReads).record(any(), any(), any(), any());

        ResponseEntity<String> one = get(leaderOf(school), directory(school) + "/pupils/P-1/guardians");
        ResponseEntity<String> all = get(leaderOf(school), directory(school) + "/guardians");

        assertRefused(one, HttpStatus.SERVICE_UNAVAILABLE);
        assertRefused(all, HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(get(leaderOf(school), directory(school) + "/staff").getStatusCode())
                .as("the team list is not guardians' data").isEqualTo(HttpStatus.OK);
    }

    // ---- what was told about a case ------------------------------------------------------------------------

    @Test
    void what_was_told_about_a_case_is_for_the_schools_care_roles_and_the_boards_auditor_only() {
        String school = newSchool();
        staff(school, "L-1", address("leider"), "nl", "SCHOOL_LEADER");
        String caseId = TestCaseEvents.newCaseId();
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.atSchool(TestCaseEvents.incidentReported(caseId), school));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveriesOf(caseId)).hasSize(1));
        String path = "/api/notifications/cases/" + caseId;

        for (TestIdentity allowed : List.of(leaderOf(school), TestIdentity.coordinatorOf(BOARD, school),
                TestIdentity.counsellorOf(BOARD, school), auditor())) {
            assertThat(getJson(allowed, path)).as(allowed.roles().toString()).singleElement()
                    .satisfies(row -> assertThat(row.get("recipientRef").asText()).isEqualTo("L-1"));
        }
        for (TestIdentity refused : List.of(TestIdentity.teamMember("L-1", BOARD, school),
                TestIdentity.boardAdministrator(BOARD))) {
            assertRefused(get(refused, path), HttpStatus.FORBIDDEN);
        }
        for (TestIdentity elsewhere : List.of(leaderOf(newSchool()), TestIdentity.auditor("board-elsewhere"),
                TestIdentity.of("intruder", "SCHOOL_LEADER", "board-elsewhere", school))) {
            ResponseEntity<String> answer = send(elsewhere, HttpMethod.GET, path, null, null,
                    Map.of("X-Board-Id", BOARD));
            assertRefused(answer, HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).doesNotContain("L-1").doesNotContain("INCIDENT_REPORTED");
        }
    }
}
