package nl.schoolboard.sexting.caseservice.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.support.CaseEventsReader;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.schoolboard.sexting.caseservice.support.Reports.A_NUDE_ON_SNAPCHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reporting an incident over HTTP, on the embedded KRaft broker and the in-process MongoDB-wire server. */
class CaseReportingIT extends RunningCaseService {

    private static Map<String, String> leader() {
        return Http.caller("user-leader-1", "SCHOOL_LEADER", "board-1", "school-1");
    }

    @Test
    void a_report_is_stored_with_who_did_it_relayed_to_kafka_and_shown_with_its_version() {
        Map<String, String> headers = leader();
        // the trace the gateway started for this request, as it passes it on
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        headers.put("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

        Http.Response accepted = http().post("/api/cases", A_NUDE_ON_SNAPCHAT, headers);

        assertThat(accepted.status()).isEqualTo(201);
        String caseId = accepted.json().get("caseId").asText();
        // the report and the deadlines it sets: version 1
        assertThat(accepted.json().get("version").asLong()).isEqualTo(1);
        assertThat(accepted.header("Location")).isEqualTo("/api/cases/" + caseId);
        assertThat(accepted.header("X-Correlation-Id")).isEqualTo(traceId);

        Document stored = mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", caseId)
                .append("sequenceNumber", 0L)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).contains("user-leader-1", "SCHOOL_LEADER", "board-1", "school-1", traceId);

        try (CaseEventsReader reader = new CaseEventsReader(kafka)) {
            List<ConsumerRecord<String, CaseEvent>> records = reader.readUntil(
                    all -> all.stream().anyMatch(r -> r.key().equals(caseId)), Duration.ofSeconds(30));
            ConsumerRecord<String, CaseEvent> record = records.stream().filter(r -> r.key().equals(caseId)).findFirst().orElseThrow();
            CaseEvent event = record.value();
            assertThat(event.type()).isEqualTo("IncidentReported");
            assertThat(event.schemaVersion()).isEqualTo(1);
            assertThat(event.boardId()).isEqualTo("board-1");
            assertThat(event.schoolId()).isEqualTo("school-1");
            assertThat(event.caseVersion()).isZero();
            assertThat(event.actor().id()).isEqualTo("user-leader-1");
            assertThat(event.actor().role()).isEqualTo("SCHOOL_LEADER");
            assertThat(event.correlationId()).isEqualTo(traceId);
            assertThat(event.eventId().toString()).isEqualTo(stored.getString("eventIdentifier"));
            // published later by the relay, still in the request's trace
            assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                    .startsWith("00-" + traceId + "-");
            IncidentReportedPayload payload = CaseEventJson.payload(event, IncidentReportedPayload.class);
            assertThat(payload.minorNudeInvolved()).isTrue();
            assertThat(payload.involvedPupils()).extracting(pupil -> pupil.role().value())
                    .containsExactly("VICTIM", "SENDER");
        }

        Http.Response view = await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/cases/" + caseId, leader()), r -> r.status() == 200);
        JsonNode body = view.json();
        assertThat(body.get("caseId").asText()).isEqualTo(caseId);
        assertThat(body.get("status").asText()).isEqualTo("OPEN");
        assertThat(body.get("materialKind").asText()).isEqualTo("PHOTO");
        Http.Response caughtUp = await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/cases/" + caseId, leader()), r -> r.json().get("version").asLong() == 1);
        assertThat(caughtUp.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void an_incomplete_report_is_refused_naming_each_field_and_nothing_is_stored() {
        long before = mongo.getCollection("domainevents").countDocuments();

        Http.Response refused = http().post("/api/cases",
                "{\"cameToLightAt\":\"2099-01-01T00:00:00Z\",\"involvedPupils\":[{\"pupilRef\":\"Jan de Vries\",\"role\":\"VICTIM\"}]}",
                leader());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asText()).endsWith("/invalid-fields");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "schoolId", "cameToLightAt", "cameToLightHow", "materialKind", "minorNudeInvolved",
                "involvedPupils[0].pupilRef");
        assertThat(problem.get("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("toekomst"))
                .anySatisfy(m -> assertThat(m).contains("nooit een naam"));
        assertThat(problem.get("errors").findValuesAsText("code")).contains("came-to-light-at-in-future");
        assertThat(refused.header("Content-Language")).isEqualTo("nl");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);
    }

    @Test
    void a_caller_who_asks_for_english_is_refused_in_english() {
        Map<String, String> english = new java.util.HashMap<>(leader());
        english.put("Accept-Language", "en-GB,en;q=0.9");

        Http.Response refused = http().post("/api/cases", "{\"cameToLightAt\":\"2099-01-01T00:00:00Z\"}", english);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("title").asText()).isEqualTo("Some fields need attention");
        assertThat(refused.json().get("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("future"));
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_naming_the_field() {
        Http.Response refused = http().post("/api/cases", A_NUDE_ON_SNAPCHAT.replace("\"PHOTO\"", "\"POLAROID\""), leader());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("materialKind");
        assertThat(refused.json().get("detail").asText()).contains("POLAROID", "PHOTO", "VIDEO");
    }

    @Test
    void a_body_that_is_not_json_is_refused_in_words() {
        Http.Response refused = http().post("/api/cases", "{not json", leader());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("Er is niets opgeslagen");
    }

    @Test
    void an_unknown_case_is_not_found_and_never_a_server_error() {
        Http.Response missing = http().get("/api/cases/" + UUID.randomUUID(), leader());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("type").asText()).endsWith("/case-not-found");
    }

    @Test
    void a_case_of_another_board_is_not_found() {
        String caseId = http().post("/api/cases", A_NUDE_ON_SNAPCHAT, leader()).json().get("caseId").asText();
        Map<String, String> otherBoard = leader();
        otherBoard.put("X-Board-Id", "board-2");

        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, leader()).status() == 200);
        assertThat(http().get("/api/cases/" + caseId, otherBoard).status()).isEqualTo(404);
    }

    @Test
    void a_request_that_does_not_say_who_makes_it_is_unauthorised() {
        Http.Response refused = http().post("/api/cases", A_NUDE_ON_SNAPCHAT, Map.of());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_retried_report_with_the_same_idempotency_key_opens_one_case() {
        Map<String, String> headers = leader();
        headers.put("Idempotency-Key", "report-" + UUID.randomUUID());

        Http.Response first = http().post("/api/cases", A_NUDE_ON_SNAPCHAT, headers);
        Http.Response retry = http().post("/api/cases", A_NUDE_ON_SNAPCHAT, headers);
        Http.Response misuse = http().post("/api/cases", A_NUDE_ON_SNAPCHAT.replace("\"PHOTO\"", "\"VIDEO\""), headers);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        String caseId = first.json().get("caseId").asText();
        assertThat(retry.json().get("caseId").asText()).isEqualTo(caseId);
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", caseId)))
                .as("the report and its deadlines, once").isEqualTo(2);
        assertThat(misuse.status()).isEqualTo(409);
        assertThat(misuse.json().get("currentVersion").asLong()).isEqualTo(1);
    }
}
