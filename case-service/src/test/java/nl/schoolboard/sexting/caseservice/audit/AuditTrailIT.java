package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every action over time in one trail per board: case steps, reads of personal data, notifications and prevention
 * transitions; queried by an auditor; and a changed entry found by the chain verification.
 */
class AuditTrailIT extends RunningCaseService {

    private static final String BOARD = "board-audit";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("audit-trail"));
    }

    @Autowired
    MongoTemplate mongo;

    private static Map<String, String> as(String user, String role) {
        return Http.caller(user, role, BOARD, "school-a");
    }

    @Test
    void every_action_is_in_the_trail_and_a_changed_entry_is_found() throws Exception {
        String caseId = http().post("/api/cases", """
                {"schoolId":"school-a","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"STAFF_NOTICED",
                 "materialKind":"PHOTO","minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"}]}""",
                as("leader-1", "SCHOOL_LEADER")).json().get("caseId").asText();
        http().post("/api/cases/" + caseId + "/support",
                "{\"occurredAt\":\"2026-11-20T10:00:00Z\",\"recipient\":\"VICTIM\",\"kind\":\"INTERNAL_CARE\"}",
                as("care-1", "CARE_COORDINATOR"));
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, as("care-1", "CARE_COORDINATOR")).status() == 200);
        publish(Topics.NOTIFICATION_EVENTS, caseId, """
                {"eventId":"%s","type":"NotificationSent","schemaVersion":1,"occurredAt":"2026-11-20T10:01:00Z",
                 "boardId":"%s","schoolId":"school-a","caseId":"%s","channel":"EMAIL","recipientKind":"CARE_STAFF"}"""
                .formatted(UUID.randomUUID(), BOARD, caseId));
        String preventionEvent = """
                {"eventId":"%s","type":"PreventionActivityPlanned","schemaVersion":1,"occurredAt":"2026-11-20T10:02:00Z",
                 "boardId":"%s","schoolId":"school-a","activityId":"a-1","kind":"MEDIA_LITERACY_LESSON",
                 "status":"PLANNED","sourceCaseId":"%s","title":"free text of a school"}"""
                .formatted(UUID.randomUUID(), BOARD, caseId);
        publish(Topics.PREVENTION_EVENTS, "school-a", preventionEvent);
        publish(Topics.PREVENTION_EVENTS, "school-a", preventionEvent); // redelivered
        publish(Topics.PREVENTION_EVENTS, "school-a", "not an event at all");

        Map<String, String> auditor = as("fg-1", "AUDITOR");
        JsonNode trail = await().atMost(Duration.ofSeconds(30))
                .until(() -> http().get("/api/audit?caseId=" + caseId, auditor).json(), t -> t.size() >= 6);
        assertThat(trail.findValuesAsText("type")).contains("IncidentReported", "DeadlinesSet", "SupportArranged",
                "PersonalDataRead", "NotificationSent", "PreventionActivityPlanned");
        assertThat(trail.findValuesAsText("type").stream().filter("PreventionActivityPlanned"::equals)).hasSize(1);
        JsonNode ban = find(trail, "SupportArranged");
        assertThat(ban.get("actorId").asText()).isEqualTo("care-1");
        assertThat(ban.get("actorRole").asText()).isEqualTo("CARE_COORDINATOR");
        assertThat(ban.get("schoolId").asText()).isEqualTo("school-a");
        assertThat(ban.get("occurredAt").asText()).startsWith("2026-11-20T10:00");
        assertThat(ban.get("recordedAt").asText()).isNotBlank();
        JsonNode read = find(trail, "PersonalDataRead");
        assertThat(read.get("actorId").asText()).isEqualTo("care-1");
        assertThat(read.get("details").get("what").asText()).isEqualTo("CASE_DETAIL");
        assertThat(trail.toString()).doesNotContain("free text of a school");

        assertThat(http().get("/api/audit?actorId=care-1", auditor).json().findValuesAsText("actorId")).containsOnly("care-1");
        assertThat(http().get("/api/audit?from=2099-01-01T00:00:00Z", auditor).json()).isEmpty();
        assertThat(http().get("/api/audit?from=yesterday", auditor).status()).isEqualTo(400);
        assertThat(http().get("/api/audit", as("leader-1", "SCHOOL_LEADER")).status()).isEqualTo(403);
        assertThat(http().get("/api/audit", Map.of("X-Actor-Id", "fg-2", "X-Actor-Role", "AUDITOR", "X-Board-Id", "board-other"))
                .json().findValuesAsText("caseId")).doesNotContain(caseId);

        JsonNode intact = http().get("/api/audit/verify", auditor).json();
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("entriesChecked").asLong()).isGreaterThanOrEqualTo(6);

        long tampered = ban.get("seq").asLong();
        mongo.getCollection("audit_trail").updateOne(new Document("_id", BOARD + ":" + tampered),
                new Document("$set", new Document("actorId", "someone-else")));

        JsonNode broken = http().get("/api/audit/verify", auditor).json();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenLink").get("seq").asLong()).isEqualTo(tampered);
        assertThat(broken.get("entriesChecked").asLong()).isEqualTo(tampered - 1);
    }

    private static JsonNode find(JsonNode trail, String type) {
        for (JsonNode entry : trail) {
            if (type.equals(entry.get("type").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + trail);
    }

    private void publish(String topic, String key, String json) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, json)).get();
        }
    }
}
