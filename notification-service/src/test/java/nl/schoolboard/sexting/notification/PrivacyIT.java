package nl.schoolboard.sexting.notification;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import nl.schoolboard.sexting.contracts.PersonalDataEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.audit.ErasureNotRecorded;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/**
 * The privacy officer's rights in this service (AVG/GDPR): a subject access export of one pupil reference with
 * everything held here about them (their guardians and what was sent to those guardians) and nothing about anyone
 * else, recorded for the audit trail; and an erasure that deletes the guardians and the addresses in what was sent,
 * idempotently.
 */
class PrivacyIT extends InProcessServices {

    private static final String PUPIL = "P-SUBJECT";
    private static final String OTHER_PUPIL = "P-NEIGHBOUR";

    @Autowired
    MongoTemplate mongo;

    private record Scenario(String school, String caseId, String leader, String parentNl, String parentEn,
                            String otherParent) {
    }

    /**
     * A school whose leader is listed, the pupil with two guardians and another pupil with one; a case in which the
     * school told both pupils' guardians, and alerted the leader.
     */
    private Scenario toldBothPupilsGuardians() {
        Scenario s = new Scenario(newSchool(), TestCaseEvents.newCaseId(), address("leider"), address("ouder1"),
                address("parent2"), address("buurouder"));
        staff(s.school(), "L-1", s.leader(), "nl", "SCHOOL_LEADER");
        guardians(s.school(), PUPIL, "Mevrouw Subject", s.parentNl(), "nl", null, s.parentEn(), "en");
        guardians(s.school(), OTHER_PUPIL, "Meneer Buur", s.otherParent(), "nl");
        kafka.publish(Topics.CASE_EVENTS,
                TestCaseEvents.atSchool(TestCaseEvents.incidentReported(s.caseId()), s.school()));
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.atSchool(
                TestCaseEvents.guardiansInformed(s.caseId(), PUPIL, "MEASURES_TAKEN"), s.school()));
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.atSchool(
                TestCaseEvents.guardiansInformed(s.caseId(), OTHER_PUPIL, "SANCTION_IMPOSED"), s.school()));
        awaitMailTo(s.parentNl(), 1);
        awaitMailTo(s.parentEn(), 1);
        awaitMailTo(s.otherParent(), 1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveriesOf(s.caseId()))
                .filteredOn(row -> "SENT".equals(row.get("status").asText())).hasSize(4));
        return s;
    }

    private static String exportPath(String school, String pupil) {
        return "/api/notifications/privacy/subjects/" + school + "/" + pupil;
    }

    private ResponseEntity<String> erase(TestIdentity who, String school, String pupil) {
        return postJson(who, "/api/notifications/privacy/erasures",
                "{\"schoolId\":\"" + school + "\",\"pupilRef\":\"" + pupil + "\"}");
    }

    private List<String> storedDeliveriesOf(String caseId) {
        List<String> all = new ArrayList<>();
        mongo.getCollection("deliveries").find(new Document("caseId", caseId)).forEach(d -> all.add(d.toJson()));
        return all;
    }

    @Test
    void the_export_holds_the_pupils_guardians_and_what_they_were_sent_and_nothing_about_anyone_else() {
        Scenario s = toldBothPupilsGuardians();

        ResponseEntity<String> answer = get(auditor(), exportPath(s.school(), PUPIL));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode export = json(answer.getBody());
        assertThat(export.get("service").asText()).isEqualTo("notification-service");
        assertThat(export.get("subject").get("boardId").asText()).isEqualTo(BOARD);
        assertThat(export.get("subject").get("schoolId").asText()).isEqualTo(s.school());
        assertThat(export.get("subject").get("pupilRef").asText()).isEqualTo(PUPIL);
        assertThat(export.get("guardians")).extracting(g -> g.get("name").asText() + " " + g.get("email").asText()
                + " " + g.get("language").asText()).containsExactlyInAnyOrder(
                "Mevrouw Subject " + s.parentNl() + " nl", "null " + s.parentEn() + " en");
        assertThat(export.get("deliveries")).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("caseId").asText()).isEqualTo(s.caseId());
            assertThat(row.get("kind").asText()).isEqualTo("GUARDIANS_MEASURES_TAKEN");
            assertThat(row.get("channel").asText()).isEqualTo("EMAIL");
            assertThat(row.get("status").asText()).isEqualTo("SENT");
            assertThat(Instant.parse(row.get("at").asText())).isBefore(Instant.now());
        });
        assertThat(answer.getBody()).as("nothing about the other pupil or the staff")
                .doesNotContain(OTHER_PUPIL).doesNotContain(s.otherParent()).doesNotContain("Meneer Buur")
                .doesNotContain("GUARDIANS_SANCTION_IMPOSED").doesNotContain(s.leader()).doesNotContain("L-1")
                .doesNotContain("INCIDENT_REPORTED").doesNotContain("Tekst");

        assertThat(kafka.readAll(Topics.PERSONAL_DATA_READS).stream().filter(r -> s.school().equals(r.key()))
                .map(r -> json(new String(r.value(), StandardCharsets.UTF_8)))
                .filter(read -> "SUBJECT_ACCESS_EXPORT".equals(read.get("what").asText())))
                .singleElement().satisfies(read -> {
                    assertThat(read.get("subject").asText()).isEqualTo(PUPIL);
                    assertThat(read.get("actor").get("role").asText()).isEqualTo("AUDITOR");
                    assertThat(read.get("actor").get("id").asText()).isEqualTo(auditor().user());
                    assertThat(read.get("boardId").asText()).isEqualTo(BOARD);
                });
    }

    @Test
    void only_the_boards_auditor_exports_and_another_boards_auditor_gets_nothing_of_ours() {
        Scenario s = toldBothPupilsGuardians();

        for (TestIdentity refused : List.of(leaderOf(s.school()), TestIdentity.coordinatorOf(BOARD, s.school()),
                TestIdentity.boardAdministrator(BOARD), TestIdentity.teamMember("L-1", BOARD, s.school()))) {
            ResponseEntity<String> answer = get(refused, exportPath(s.school(), PUPIL));
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getBody()).doesNotContain(s.parentNl());
        }
        JsonNode elsewhere =
                json(get(TestIdentity.auditor("board-elsewhere"), exportPath(s.school(), PUPIL)).getBody());
        assertThat(elsewhere.get("subject").get("boardId").asText()).isEqualTo("board-elsewhere");
        assertThat(elsewhere.get("guardians")).isEmpty();
        assertThat(elsewhere.get("deliveries")).isEmpty();
        assertThat(get(auditor(), exportPath(s.school(), "Jan de Vries")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void erasure_deletes_the_guardians_and_their_addresses_in_what_was_sent_and_erasing_again_changes_nothing() {
        Scenario s = toldBothPupilsGuardians();
        // a copy of the pupil's guardians left behind by an interrupted import (an old generation)
        mongo.getCollection("directory_guardians").insertOne(new Document("_id", BOARD + "|" + s.school() + "|old|"
                + PUPIL).append("boardId", BOARD).append("schoolId", s.school()).append("generation", "old")
                .append("pupilRef", PUPIL).append("guardians", List.of(new Document("email", s.parentNl())))
                .append("writtenAt", new java.util.Date()));
        assertThat(storedDeliveriesOf(s.caseId())).anyMatch(json -> json.contains(s.parentNl()));

        ResponseEntity<String> refused = erase(leaderOf(s.school()), s.school(), PUPIL);
        ResponseEntity<String> elsewhere = erase(TestIdentity.auditor("board-elsewhere"), s.school(), PUPIL);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(elsewhere.getBody()).get("guardiansDeleted").asInt()).as("the board is the token's").isZero();
        assertThat(storedDeliveriesOf(s.caseId())).anyMatch(json -> json.contains(s.parentNl()));

        ResponseEntity<String> erased = erase(auditor(), s.school(), PUPIL);

        assertThat(erased.getStatusCode()).as(erased.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json(erased.getBody()).get("guardiansDeleted").asInt()).isEqualTo(2);
        assertThat(json(erased.getBody()).get("deliveriesErased").asInt()).isEqualTo(2);
        assertThat(get(leaderOf(s.school()), directory(s.school()) + "/pupils/" + PUPIL + "/guardians")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mongo.getCollection("directory_guardians")
                .find(new Document("schoolId", s.school()).append("pupilRef", PUPIL)).first())
                .as("no generation keeps them").isNull();
        assertThat(storedDeliveriesOf(s.caseId())).hasSize(4)
                .noneMatch(json -> json.contains(s.parentNl()) || json.contains(s.parentEn()))
                .anyMatch(json -> json.contains(s.otherParent()));
        assertThat(getJson(leaderOf(s.school()), directory(s.school()) + "/pupils/" + OTHER_PUPIL + "/guardians")
                .get("guardians").findValuesAsText("email")).containsExactly(s.otherParent());
        JsonNode export = getJson(auditor(), exportPath(s.school(), PUPIL));
        assertThat(export.get("guardians")).isEmpty();
        assertThat(export.get("deliveries")).as("what was sent when stays").hasSize(2)
                .allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("SENT"));
        assertThat(deliveriesOf(s.caseId())).hasSize(4);

        List<String> once = storedDeliveriesOf(s.caseId());
        ResponseEntity<String> again = erase(auditor(), s.school(), PUPIL);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(again.getBody()).get("guardiansDeleted").asInt()).isZero();
        assertThat(json(again.getBody()).get("deliveriesErased").asInt()).isZero();
        assertThat(storedDeliveriesOf(s.caseId())).containsExactlyInAnyOrderElementsOf(once);
    }

    @Test
    void an_erasure_is_recorded_for_the_audit_trail_with_codes_and_references_only() {
        Scenario s = toldBothPupilsGuardians();

        assertThat(erase(leaderOf(s.school()), s.school(), PUPIL).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(erase(auditor(), s.school(), PUPIL).getStatusCode()).isEqualTo(HttpStatus.OK);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(kafka.readAll(Topics.PERSONAL_DATA_READS).stream()
                .filter(r -> s.school().equals(r.key()))
                .filter(r -> PersonalDataEvent.ERASURE.equals(KafkaTestClient.header(r, RecordHeaders.EVENT_TYPE))))
                .as("one erasure recorded: the refused one is not").singleElement().satisfies(r -> {
                    String raw = new String(r.value(), StandardCharsets.UTF_8);
                    JsonNode erasure = json(raw);
                    assertThat(erasure.get("type").asText()).isEqualTo(PersonalDataEvent.ERASURE);
                    assertThat(erasure.get("what").asText()).isEqualTo("GUARDIAN_CONTACTS");
                    assertThat(erasure.get("subject").asText()).isEqualTo(PUPIL);
                    assertThat(erasure.get("boardId").asText()).isEqualTo(BOARD);
                    assertThat(erasure.get("schoolId").asText()).isEqualTo(s.school());
                    assertThat(erasure.get("actor").get("id").asText()).isEqualTo(auditor().user());
                    assertThat(erasure.get("actor").get("role").asText()).isEqualTo("AUDITOR");
                    assertThat(raw).doesNotContain(s.parentNl()).doesNotContain(s.parentEn())
                            .doesNotContain("Mevrouw Subject").doesNotContain("@");
                }));
    }

    @Test
    void an_erasure_that_cannot_be_recorded_erases_nothing() {
        Scenario s = toldBothPupilsGuardians();
        doThrow(new ErasureNotRecorded(new IllegalStateException("broker down")))
                .when(personalDataErasures).record(any(), any(), any(), any());

        ResponseEntity<String> refused = erase(auditor(), s.school(), PUPIL);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(storedDeliveriesOf(s.caseId())).anyMatch(json -> json.contains(s.parentNl()));
        assertThat(getJson(leaderOf(s.school()), directory(s.school()) + "/pupils/" + PUPIL + "/guardians")
                .get("guardians").findValuesAsText("email")).contains(s.parentNl());
    }

    @Test
    void an_erasure_request_without_a_school_or_a_proper_pupil_reference_changes_nothing() {
        String school = newSchool();
        guardians(school, PUPIL, null, address("ouder"), "nl");

        ResponseEntity<String> noSchool = postJson(auditor(), "/api/notifications/privacy/erasures",
                "{\"pupilRef\":\"" + PUPIL + "\"}");
        ResponseEntity<String> aName = erase(auditor(), school, "Jan de Vries");
        ResponseEntity<String> noBody = postJson(auditor(), "/api/notifications/privacy/erasures", "");

        assertThat(List.of(noSchool, aName, noBody)).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        });
        assertThat(getJson(leaderOf(school), directory(school) + "/pupils/" + PUPIL + "/guardians")
                .get("guardians")).hasSize(1);
    }
}
