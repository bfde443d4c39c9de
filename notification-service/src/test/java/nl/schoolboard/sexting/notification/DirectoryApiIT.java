package nl.schoolboard.sexting.notification;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact directory's HTTP API: edits with field-by-field problems, and all-or-nothing CSV imports. */
class DirectoryApiIT extends InProcessServices {

    /** A school of this test's own, so that tests do not see each other's entries: its id, directory and leader. */
    private String schoolId;
    private String school;
    private TestIdentity leader;

    @BeforeEach
    void aSchoolOfItsOwn() {
        schoolId = newSchool();
        school = directory(schoolId);
        leader = leaderOf(schoolId);
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private static List<String> fields(ResponseEntity<String> problem) {
        return json(problem.getBody()).get("errors").findValuesAsText("field");
    }

    @Test
    void a_team_member_is_added_replaced_read_and_removed() {
        String body = "{\"roles\":[\"SCHOOL_LEADER\",\"care_coordinator\"],\"email\":\"leider@school.example\","
                + "\"language\":\"EN\"}";

        assertThat(putJson(leader, school + "/staff/L-1", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> replaced = putJson(leader, school + "/staff/L-1",
                "{\"roles\":[\"SCHOOL_LEADER\"],\"email\":\"leider2@school.example\"}");
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode member = getJson(leader, school + "/staff/L-1");
        assertThat(member.get("email").asText()).isEqualTo("leider2@school.example");
        assertThat(member.get("language").asText()).as("Dutch unless asked otherwise").isEqualTo("nl");
        assertThat(member.get("roles").get(0).asText()).isEqualTo("SCHOOL_LEADER");
        assertThat(getJson(leader, school + "/staff")).hasSize(1);

        assertThat(delete(leader, school + "/staff/L-1").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(get(leader, school + "/staff/L-1"), HttpStatus.NOT_FOUND);
        assertProblem(delete(leader, school + "/staff/L-1"), HttpStatus.NOT_FOUND);
    }

    @Test
    void bad_input_is_refused_naming_every_field_and_nothing_is_saved() {
        ResponseEntity<String> refused = putJson(leader, school + "/staff/L-1",
                "{\"roles\":[\"HEADMASTER\"],\"email\":\"geen adres\",\"language\":\"de\"}");
        assertProblem(refused, HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactlyInAnyOrder("roles[0]", "email", "language");
        assertThat(json(refused.getBody()).get("detail").asText()).startsWith("Er is niets opgeslagen.");

        assertThat(fields(putJson(leader, school + "/staff/L-1", "{}"))).containsExactlyInAnyOrder("roles", "email");
        assertThat(fields(putJson(leader, school + "/staff/Jan de Vries",
                "{\"roles\":[\"TEAM_MEMBER\"],\"email\":\"jan@school.example\"}"))).containsExactly("staffRef");
        assertProblem(putJson(leader, school + "/staff/Jan%20de%20Vries",
                "{\"roles\":[\"TEAM_MEMBER\"],\"email\":\"jan@school.example\"}"), HttpStatus.BAD_REQUEST);
        assertProblem(putJson(leader, school + "/staff/L-1", "{not json"), HttpStatus.BAD_REQUEST);
        assertThat(fields(putJson(leader, school + "/pupils/P-1/guardians",
                "{\"guardians\":[{\"email\":\"a@thuis.example\"},{\"email\":\"A@thuis.example\"}]}")))
                .containsExactly("guardians[1].email");
        assertThat(fields(putJson(leader, school + "/pupils/P-1/guardians", "{\"guardians\":[]}")))
                .containsExactly("guardians");
        assertThat(fields(putJson(leader, school + "/pupils/P-1/guardians",
                "{\"guardians\":[{\"name\":\"x\",\"email\":\"\"}]}"))).containsExactly("guardians[0].email");
        assertThat(getJson(leader, school + "/staff")).isEmpty();
        assertThat(getJson(leader, school + "/guardians")).isEmpty();
    }

    @Test
    void the_guardians_of_a_pupil_are_set_replaced_read_and_removed() {
        ResponseEntity<String> created = putJson(leader, school + "/pupils/P-1/guardians", "{\"guardians\":["
                + "{\"name\":\"Mevrouw Jansen\",\"email\":\"ouder1@thuis.example\",\"language\":\"nl\"},"
                + "{\"email\":\"parent2@home.example\",\"language\":\"en\"}]}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(putJson(leader, school + "/pupils/P-1/guardians",
                "{\"guardians\":[{\"email\":\"parent2@home.example\",\"language\":\"en\"}]}").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode pupil = getJson(leader, school + "/pupils/P-1/guardians");
        assertThat(pupil.get("pupilRef").asText()).isEqualTo("P-1");
        assertThat(pupil.get("guardians").findValuesAsText("email")).containsExactly("parent2@home.example");
        assertThat(getJson(leader, school + "/guardians")).hasSize(1);
        assertThat(delete(leader, school + "/pupils/P-1/guardians").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(get(leader, school + "/pupils/P-1/guardians"), HttpStatus.NOT_FOUND);
    }

    @Test
    void a_staff_file_with_one_bad_row_imports_nothing_and_says_which_row_and_column() {
        assertThat(postCsv(leader, school + "/staff.csv", """
                staffRef,roles,email,language
                L-1,SCHOOL_LEADER,leider@school.example,nl
                S-1,TEAM_MEMBER,s1@school.example,en
                """).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> rejected = postCsv(leader, school + "/staff.csv", """
                staffRef,roles,email,language
                L-2,SCHOOL_LEADER,nieuwe.leider@school.example,nl
                C-1,CARE_COORDINATOR,zorg@school.example,en
                S-2,TEAM_MEMBER,geen-adres,nl
                S-3,TEAM_MEMBER|SCHOOL_LEADER,s3@school.example,nl
                S-4,HEADMASTER,s4@school.example,fr
                """);

        assertProblem(rejected, HttpStatus.BAD_REQUEST);
        JsonNode problem = json(rejected.getBody());
        assertThat(problem.get("detail").asText()).startsWith("Er is niets geïmporteerd");
        assertThat(problem.get("errorCount").asInt()).isEqualTo(3);
        assertThat(problem.get("errors")).extracting(e -> e.get("row").asInt() + " " + e.get("field").asText())
                .containsExactly("4 email", "6 language", "6 roles");
        assertThat(getJson(leader, school + "/staff").findValuesAsText("staffRef")).as("the list before, untouched")
                .containsExactly("L-1", "S-1");
    }

    @Test
    void a_good_staff_file_replaces_the_list_and_importing_it_again_changes_nothing() {
        postCsv(leader, school + "/staff.csv", "staffRef,roles,email\nOLD-1,TEAM_MEMBER,old@school.example\n");
        String file = "staffRef;roles;email;language\r\n"
                + "L-1;SCHOOL_LEADER;leider@school.example;nl\r\n"
                + "C-1;\"CARE_COORDINATOR|CONFIDENTIAL_COUNSELLOR\";zorg@school.example;en\r\n";

        ResponseEntity<String> imported = postCsv(leader, school + "/staff.csv", file);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(imported.getBody()).get("staffMembers").asInt()).isEqualTo(2);
        JsonNode once = getJson(leader, school + "/staff");
        assertThat(postCsv(leader, school + "/staff.csv", file).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(getJson(leader, school + "/staff")).isEqualTo(once);
        assertThat(once.findValuesAsText("staffRef")).containsExactly("C-1", "L-1");
        assertThat(once.get(0).get("roles")).hasSize(2);
    }

    @Test
    void a_guardians_file_is_imported_all_or_nothing_too() {
        String good = """
                pupilRef,name,email,language
                P-1,Mevrouw Jansen,ouder1@thuis.example,nl
                P-1,,parent2@home.example,en
                P-2,,ouder3@thuis.example,
                """;
        ResponseEntity<String> imported = postCsv(leader, school + "/guardians.csv", good);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(imported.getBody()).get("pupils").asInt()).isEqualTo(2);

        ResponseEntity<String> rejected = postCsv(leader, school + "/guardians.csv", """
                pupilRef,name,email,language
                P-9,,ouder9@thuis.example,nl
                P-1,,ouder1@thuis.example,nl
                P-1,,OUDER1@thuis.example,nl
                """);

        assertProblem(rejected, HttpStatus.BAD_REQUEST);
        assertThat(json(rejected.getBody()).get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("row").asInt()).isEqualTo(4);
            assertThat(error.get("field").asText()).isEqualTo("email");
            assertThat(error.get("message").asText()).contains("rij 3");
        });
        JsonNode all = getJson(leader, school + "/guardians");
        assertThat(all.findValuesAsText("pupilRef")).containsExactly("P-1", "P-2");
        assertThat(getJson(leader, school + "/pupils/P-1/guardians").get("guardians").findValuesAsText("email"))
                .containsExactly("ouder1@thuis.example", "parent2@home.example");
    }

    @Test
    void a_file_that_is_not_csv_or_has_the_wrong_columns_is_refused() {
        ResponseEntity<String> wrongColumns = postCsv(leader, school + "/staff.csv", "naam,adres\nJan,x\n");
        assertProblem(wrongColumns, HttpStatus.BAD_REQUEST);
        assertThat(json(wrongColumns.getBody()).get("errors").findValuesAsText("row")).containsOnly("1");
        ResponseEntity<String> json = send(leader, HttpMethod.POST, school + "/staff.csv", "{}",
                MediaType.APPLICATION_JSON, Map.of());
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void another_board_cannot_reach_the_school_whatever_header_it_sends() {
        staff(schoolId, "L-1", "leider@school.example", "nl", "SCHOOL_LEADER");
        TestIdentity intruder = TestIdentity.of("intruder", "SCHOOL_LEADER", "board-elsewhere", schoolId);

        ResponseEntity<String> ownBoard = get(leader, school + "/staff");
        ResponseEntity<String> otherBoard = get(intruder, school + "/staff");
        ResponseEntity<String> claimingOurs = send(intruder, HttpMethod.GET, school + "/staff", null, null,
                Map.of("X-Board-Id", BOARD));

        assertThat(json(ownBoard.getBody())).hasSize(1);
        for (ResponseEntity<String> refused : List.of(otherBoard, claimingOurs)) {
            assertProblem(refused, HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).doesNotContain("leider@school.example");
        }
    }

    @Test
    void without_a_valid_token_nothing_is_answered_but_a_problem() {
        staff(schoolId, "L-1", "leider@school.example", "nl", "SCHOOL_LEADER");

        ResponseEntity<String> anonymous = get(null, school + "/staff");
        ResponseEntity<String> expired = send(null, HttpMethod.GET, school + "/staff", null, null,
                Map.of("Authorization", "Bearer " + leader.expired()));

        for (ResponseEntity<String> refused : List.of(anonymous, expired)) {
            assertProblem(refused, HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
            assertThat(refused.getBody()).doesNotContain("leider@school.example");
        }
    }
}
