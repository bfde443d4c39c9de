package nl.schoolboard.sexting.systemtests;

import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventDeserializer;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.localstack.ReceivedMail;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.schoolboard.sexting.systemtests.RunningSystem.caseEventOf;
import static nl.schoolboard.sexting.systemtests.RunningSystem.mailsAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole chain with one fact flowing through it: a report through the gateway, stored by case-service, relayed
 * to Kafka, mailed to care staff by notification-service, planned as a lesson by prevention-service, and shown back
 * through the gateway. Runs the real local stack: a KRaft broker process, the MongoDB-wire store, the SMTP sink,
 * and the four services as separate processes on free ports.
 */
class IncidentChainSystemIT {

    private static final String CARE_STAFF = "zorg@school.example";

    static LocalStack stack;
    static GatewayClient leader;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = RunningSystem.stack();
        leader = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "user-leader-1", "SCHOOL_LEADER", "board-1",
                List.of("school-chain"));
    }

    @Test
    void a_report_flows_from_the_gateway_to_kafka_the_care_staffs_mailbox_the_prevention_plan_and_back() {
        GatewayClient.ReportedCase reported = leader.report("school-chain", "P-7001", "P-7002");

        // the request's trace id; TracingSystemIT follows it to the Kafka record and the mail
        String correlationId = reported.correlationId();
        assertThat(correlationId).isNotBlank();
        String caseId = reported.caseId();

        // the projection, through the gateway, once it has caught up with the version the command answered
        GatewayClient.Response view = await().atMost(Duration.ofSeconds(30))
                .until(() -> leader.get("/api/cases/" + caseId),
                        r -> r.status() == 200 && r.json().get("version").asLong() == reported.version());
        assertThat(view.json().get("schoolId").asText()).isEqualTo("school-chain");
        assertThat(view.json().get("status").asText()).isEqualTo("OPEN");

        // the integration event, as any consumer reads it
        ConsumerRecord<String, byte[]> record = caseEventOf(caseId);
        CaseEvent event = new CaseEventDeserializer().deserialize(Topics.CASE_EVENTS, record.value());
        assertThat(event.type()).isEqualTo("IncidentReported");
        assertThat(event.correlationId()).isEqualTo(correlationId);
        assertThat(event.actor().id()).isEqualTo("user-leader-1");

        // the care staff's mailbox: one mail with a link to the case, nothing about the pupils
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(caseId).size() == 1);
        ReceivedMail mail = mailsAbout(caseId).get(0);
        assertThat(mail.to()).contains(CARE_STAFF);
        assertThat(mail.body()).doesNotContain("P-7001", "P-7002");

        // the prevention plan
        JsonNode activities = await().atMost(Duration.ofSeconds(30))
                .until(() -> leader.get("/api/prevention/schools/school-chain/activities"),
                        r -> r.status() == 200 && activitiesOf(r.json(), caseId).size() == 1)
                .json();
        JsonNode lesson = activitiesOf(activities, caseId).get(0);
        assertThat(lesson.get("kind").asText()).isEqualTo("MEDIA_LITERACY_LESSON");
        assertThat(lesson.get("status").asText()).isEqualTo("PLANNED");

        // what the school leader can see was sent
        JsonNode deliveries = await().atMost(Duration.ofSeconds(30))
                .until(() -> leader.get("/api/notifications/cases/" + caseId),
                        r -> r.status() == 200 && r.json().size() == 1 && "SENT".equals(r.json().get(0).get("status").asText()))
                .json();
        assertThat(deliveries.get(0).toString()).doesNotContain(CARE_STAFF);

        // the same Kafka record delivered again: no second mail, no second lesson
        redeliver(record);
        awaitConsumersCaughtUp("notification-service", "prevention-service");
        assertThat(mailsAbout(caseId)).hasSize(1);
        assertThat(activitiesOf(leader.get("/api/prevention/schools/school-chain/activities").json(), caseId)).hasSize(1);
    }

    @Test
    void an_incomplete_report_through_the_gateway_is_refused_in_words_and_an_unknown_case_is_not_found() {
        GatewayClient.Response refused = leader.post("/api/cases", "{\"schoolId\":\"school-chain\"}", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .contains("cameToLightAt", "cameToLightHow", "materialKind", "minorNudeInvolved");

        GatewayClient.Response missing = leader.get("/api/cases/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    private static List<JsonNode> activitiesOf(JsonNode activities, String caseId) {
        List<JsonNode> found = new ArrayList<>();
        activities.forEach(a -> {
            if (caseId.equals(a.path("sourceCaseId").asText())) {
                found.add(a);
            }
        });
        return found;
    }

    /** Produces the very same record again, as a broker or relay redelivery would: same key, bytes and headers. */
    private static void redeliver(ConsumerRecord<String, byte[]> original) {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers())) {
            kafka.redeliver(original);
        }
    }

    /** Waits until each consumer group has handled everything on case-events now. */
    private static void awaitConsumersCaughtUp(String... groups) {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers())) {
            for (String group : groups) {
                kafka.awaitConsumed(group, Topics.CASE_EVENTS);
            }
        }
    }
}
