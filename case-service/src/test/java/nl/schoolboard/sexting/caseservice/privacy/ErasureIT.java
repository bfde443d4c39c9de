package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.caseservice.support.MovingTime;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.testsupport.MovableClock;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding end to end: texts are stored encrypted; erasing a person makes their texts unreadable everywhere
 * while the case still loads and takes steps; a subject access export holds that person's data only; retention
 * erases a closed case after its period, and a legal hold stops both.
 */
@TestPropertySource(properties = {"case.retention.default-period=P30D", "case.retention.interval=PT1H"})
@Import(MovingTime.class)
class ErasureIT extends RunningCaseService {

    private static final String CONCERNS = "angst dat de foto verder rondgaat";
    private static final String SANCTION_REASON = "doorgestuurd naar de hele klas";
    private static final String SKIP_REASON = "op verzoek van de ouders niet in het team besproken";

    @Autowired
    MovableClock clock;

    @Autowired
    RetentionJob retention;
    @Autowired
    EventProcessingConfiguration processing;

    private static Map<String, String> as(String role) {
        return Http.caller("user-" + role, role, "board-1", "school-1");
    }

    private String at() {
        return "\"occurredAt\":\"" + clock.instant().minusSeconds(30) + "\"";
    }

    private String caseWithTexts() {
        Map<String, String> leader = as("SCHOOL_LEADER");
        String caseId = http().post("/api/cases", """
                {"schoolId":"school-1","cameToLightAt":"%s","cameToLightHow":"VICTIM_TOLD_STAFF","materialKind":"PHOTO",
                 "minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"},{"pupilRef":"P-2","role":"SENDER"}]}"""
                .formatted(clock.instant().minusSeconds(60)), leader).json().get("caseId").asText();
        assertThat(http().post("/api/cases/" + caseId + "/victim-conversation", "{" + at() + ",\"victim\":\"P-1\",\"concerns\":\""
                + CONCERNS + "\"}", leader).status()).isEqualTo(200);
        assertThat(http().post("/api/cases/" + caseId + "/sanctions", "{" + at() + ",\"person\":\"P-2\",\"kind\":\"WARNING\",\"reason\":\""
                + SANCTION_REASON + "\"}", leader).status()).isEqualTo(200);
        assertThat(http().post("/api/cases/" + caseId + "/skipped-steps", "{" + at() + ",\"step\":\"TEAM_BRIEFING\",\"reason\":\""
                + SKIP_REASON + "\"}", leader).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, leader).status() == 200);
        return caseId;
    }

    @Test
    void texts_are_stored_encrypted_and_erasing_a_person_makes_their_texts_unreadable_everywhere() {
        String caseId = caseWithTexts();
        String stored = String.join("\n", mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", caseId))
                .map(Document::toJson).into(new java.util.ArrayList<>()));
        assertThat(stored).doesNotContain(CONCERNS, SANCTION_REASON, SKIP_REASON).contains("cipher");

        JsonNode victimExport = http().get("/api/privacy/subjects/school-1/P-1", as("AUDITOR")).json();
        assertThat(victimExport.toString()).contains(CONCERNS, "VICTIM", caseId)
                .doesNotContain("P-2", SANCTION_REASON, SKIP_REASON);

        JsonNode erased = http().post("/api/privacy/erasures", "{\"schoolId\":\"school-1\",\"personRef\":\"P-1\"}", as("AUDITOR")).json();
        assertThat(erased.get("erasedIn").toString()).contains(caseId);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().get("/api/privacy/subjects/school-1/P-1", as("AUDITOR")).body().contains("[erased]"));
        assertThat(http().get("/api/privacy/subjects/school-1/P-1", as("AUDITOR")).body()).doesNotContain(CONCERNS);
        assertThat(http().get("/api/privacy/subjects/school-1/P-2", as("AUDITOR")).body()).contains(SANCTION_REASON);
        assertThat(mongo.getCollection("subject_keys").countDocuments(new Document("caseId", caseId).append("subject", "P-1"))).isZero();

        // the case still loads and takes steps: replays work with the texts erased
        assertThat(http().post("/api/cases/" + caseId + "/distribution-ban", "{" + at() + ",\"scope\":\"SCHOOL\"}",
                as("SCHOOL_LEADER")).status()).isEqualTo(200);
        assertThat(http().get("/api/cases/" + caseId, as("SCHOOL_LEADER")).body()).contains(SKIP_REASON);
    }

    @Test
    void retention_erases_a_closed_case_after_its_period_and_a_legal_hold_stops_it() {
        String expiring = caseWithTexts();
        String held = caseWithTexts();
        for (String caseId : new String[]{expiring, held}) {
            assertThat(http().post("/api/cases/" + caseId + "/close", "{" + at() + ",\"outcome\":\"RESOLVED\",\"skippedStepReasons\":"
                    + "{\"PERPETRATOR_CONVERSATIONS\":\"left school\",\"DISTRIBUTION_BAN\":\"not shared\","
                    + "\"AFTERCARE\":\"care outside school\"}}", as("SCHOOL_LEADER")).status())
                    .isEqualTo(200);
        }
        assertThat(http().post("/api/privacy/cases/" + held + "/legal-hold", "{\"reason\":\"politieonderzoek loopt\"}",
                as("AUDITOR")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> closedViews(expiring, held));

        retention.eraseExpiredCases();
        assertThat(http().get("/api/cases/" + expiring, as("SCHOOL_LEADER")).body()).contains(SKIP_REASON);

        clock.advance(Duration.ofDays(31));
        retention.eraseExpiredCases();
        retention.eraseExpiredCases();

        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + expiring, as("SCHOOL_LEADER")).json()
                .get("personalDataErased").asBoolean());
        JsonNode erasedView = http().get("/api/cases/" + expiring, as("SCHOOL_LEADER")).json();
        assertThat(erasedView.toString()).doesNotContain(SKIP_REASON).contains("[erased]");
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", expiring)
                .append("payloadType", "nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased"))).isEqualTo(1);
        assertThat(http().get("/api/cases/" + held, as("SCHOOL_LEADER")).body()).contains(SKIP_REASON);

        JsonNode refused = http().post("/api/privacy/erasures", "{\"schoolId\":\"school-1\",\"personRef\":\"P-1\"}", as("AUDITOR")).json();
        assertThat(refused.get("heldIn").toString()).contains(held);
    }

    /** Whom a case holds is read from its events: a projection that lags or rebuilds cannot leave a person out. */
    @Test
    void erasure_reaches_a_case_the_projection_has_not_seen_yet_and_the_erasure_event_names_whom_it_reached() {
        EventProcessor projection = processing.eventProcessor("case-projection").orElseThrow();
        projection.shutDown();
        try {
            String caseId = http().post("/api/cases", """
                    {"schoolId":"school-1","cameToLightAt":"%s","cameToLightHow":"VICTIM_TOLD_STAFF","materialKind":"PHOTO",
                     "minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-77","role":"VICTIM"}]}"""
                    .formatted(clock.instant().minusSeconds(60)), as("SCHOOL_LEADER")).json().get("caseId").asText();

            JsonNode erased = http().post("/api/privacy/erasures", "{\"schoolId\":\"school-1\",\"personRef\":\"P-77\"}",
                    as("AUDITOR")).json();

            assertThat(erased.get("erasedIn").toString()).contains(caseId);
            Document event = mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", caseId)
                    .append("payloadType", "nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased")).first();
            assertThat(event).isNotNull();
            assertThat(event.get("serializedPayload").toString()).contains("\"reached\":[\"P-77\"]");
        } finally {
            projection.start();
        }
    }

    @Test
    void only_the_privacy_officer_erases_exports_or_holds() {
        assertThat(http().get("/api/privacy/subjects/school-1/P-1", as("SCHOOL_LEADER")).status()).isEqualTo(403);
        assertThat(http().post("/api/privacy/erasures", "{\"schoolId\":\"school-1\",\"personRef\":\"P-1\"}", as("CARE_COORDINATOR")).status())
                .isEqualTo(403);
    }

    private boolean closedViews(String... caseIds) {
        for (String caseId : caseIds) {
            JsonNode view = http().get("/api/cases/" + caseId, as("SCHOOL_LEADER")).json();
            if (!"CLOSED".equals(view.path("status").asText())) {
                return false;
            }
        }
        return true;
    }
}
