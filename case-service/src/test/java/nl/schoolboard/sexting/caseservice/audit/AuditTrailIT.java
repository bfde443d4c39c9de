package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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
    /** A notification as notification-service puts it on its topic: event id, board, case. */
    private static final String NOTIFICATION_SENT = """
            {"eventId":"%s","type":"NotificationSent","schemaVersion":1,"occurredAt":"2026-11-20T10:01:00Z",
             "boardId":"%s","schoolId":"school-a","caseId":"%s","channel":"EMAIL","recipientKind":"CARE_STAFF"}""";

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private static Map<String, String> as(String user, String role) {
        return Http.caller(user, role, BOARD, "school-a");
    }

    @Test
    void the_trail_has_its_unique_indexes_from_the_start() {
        assertThat(mongo.indexOps(AuditEntry.class).getIndexInfo())
                .filteredOn(index -> index.isUnique())
                .extracting(index -> index.getName())
                .contains("source_once", "board_seq");
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

    @Test
    void a_chain_recomputed_from_an_edited_entry_on_is_found() throws Exception {
        Map<String, String> auditor = notificationsRecorded("board-recomputed", 4);

        // what anyone with write access to the database can do: change entry 2 and hash everything after it anew
        recomputeFrom("board-recomputed", 2, "someone-else");
        JsonNode result = http().get("/api/audit/verify", auditor).json();

        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenLink").get("seq").asLong()).isEqualTo(2);
        assertThat(result.get("firstBrokenLink").get("kind").asText()).isEqualTo("EDITED");
    }

    @Test
    void a_tail_cut_off_after_a_checkpoint_is_found() throws Exception {
        Map<String, String> auditor = notificationsRecorded("board-cut", 3);
        JsonNode checkpoint = http().post("/api/audit/checkpoint", "{}", auditor).json();
        assertThat(checkpoint.get("seq").asLong()).isEqualTo(3);

        mongo.getCollection("audit_trail").deleteOne(new Document("_id", "board-cut:3"));
        JsonNode result = http().get("/api/audit/verify", auditor).json();

        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenLink").get("kind").asText()).isEqualTo("CUT_OFF_TAIL");
        assertThat(result.get("checkpointedUpTo").asLong()).isEqualTo(3);
    }

    /** The public SHA-256 form of an entry, as the trail used to hash it, applied by an attacker with a database client. */
    private void recomputeFrom(String board, long fromSeq, String actor) throws Exception {
        var collection = mongo.getCollection("audit_trail");
        String previous = null;
        for (Document entry : collection.find(new Document("boardId", board)).sort(new Document("seq", 1))) {
            long seq = entry.getLong("seq");
            if (seq < fromSeq) {
                previous = entry.getString("hash");
                continue;
            }
            if (seq == fromSeq) {
                entry.put("actorId", actor);
            }
            entry.put("previousHash", previous);
            Document details = entry.get("details", Document.class);
            String canonical = String.join("|", previous, board, Long.toString(seq), entry.getString("sourceId"),
                    entry.getString("kind"), entry.getString("type"), entry.getString("caseId"),
                    entry.getString("schoolId"), entry.getString("actorId"), entry.getString("actorRole"),
                    entry.getDate("occurredAt").toInstant().toString(), entry.getDate("recordedAt").toInstant().toString(),
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new java.util.TreeMap<>(details)));
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            entry.put("hash", hash);
            collection.replaceOne(new Document("_id", entry.get("_id")), entry);
            previous = hash;
        }
    }

    @Test
    void a_record_forged_on_the_topic_is_not_recorded_and_a_genuine_one_is() throws Exception {
        String board = "board-forged";
        String caseId = "case-" + UUID.randomUUID();
        double refusedBefore = refused();
        byte[] notificationKey = Base64.getDecoder().decode(RecordSignature.DEVELOPMENT_KEYS.get("notification-service"));
        publishAs(null, null, Topics.NOTIFICATION_EVENTS, caseId, NOTIFICATION_SENT.formatted(UUID.randomUUID(), board, caseId));
        publishAs("notification-service", new byte[32], Topics.NOTIFICATION_EVENTS, caseId,
                NOTIFICATION_SENT.formatted(UUID.randomUUID(), board, caseId));
        publishAs("notification-service", notificationKey, Topics.PREVENTION_EVENTS, caseId,
                NOTIFICATION_SENT.formatted(UUID.randomUUID(), board, caseId));
        publishAs("some-client", notificationKey, Topics.NOTIFICATION_EVENTS, caseId,
                NOTIFICATION_SENT.formatted(UUID.randomUUID(), board, caseId));
        String genuine = UUID.randomUUID().toString();
        publish(Topics.NOTIFICATION_EVENTS, caseId, NOTIFICATION_SENT.formatted(genuine, board, caseId));

        Map<String, String> auditor = auditorOf(board);
        await().atMost(Duration.ofSeconds(30)).until(() -> refused() - refusedBefore >= 4
                && http().get("/api/audit", auditor).json().size() >= 1);

        JsonNode trail = http().get("/api/audit", auditor).json();
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).get("sourceId").asText()).isEqualTo(genuine);
    }

    /** The board's auditor, once the trail holds the given number of notifications, all of one new case. */
    private Map<String, String> notificationsRecorded(String board, int count) throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            publish(Topics.NOTIFICATION_EVENTS, caseId, NOTIFICATION_SENT.formatted(UUID.randomUUID(), board, caseId));
        }
        Map<String, String> auditor = auditorOf(board);
        await().atMost(Duration.ofSeconds(30)).until(() -> http().get("/api/audit", auditor).json().size() == count);
        return auditor;
    }

    private static Map<String, String> auditorOf(String board) {
        return Map.of("X-Actor-Id", "fg-1", "X-Actor-Role", "AUDITOR", "X-Board-Id", board);
    }

    private double refused() {
        return meters.find("audit.records.refused").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static JsonNode find(JsonNode trail, String type) {
        for (JsonNode entry : trail) {
            if (type.equals(entry.get("type").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + trail);
    }

    /** Published as the service that writes the topic would: signed with its (development) key. */
    private void publish(String topic, String key, String json) throws Exception {
        String service = topic.equals(Topics.PREVENTION_EVENTS) ? "prevention-service" : "notification-service";
        publishAs(service, Base64.getDecoder().decode(RecordSignature.DEVELOPMENT_KEYS.get(service)), topic, key, json);
    }

    private void publishAs(String service, byte[] signingKey, String topic, String key, String json) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        if (service != null) {
            RecordSignature.addTo(record.headers(), signingKey, service, topic, json.getBytes(StandardCharsets.UTF_8));
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }
    }
}
