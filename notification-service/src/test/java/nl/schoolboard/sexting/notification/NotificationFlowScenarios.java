package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.KafkaClientPerTest;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.NotificationEvent;
import nl.schoolboard.sexting.contracts.NotificationEvent.DeliveryRecorded;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.messaging.ConsumerGroups;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton's flow, from a case event on Kafka to a mail in the SMTP server, a delivery in MongoDB, an
 * outcome on Kafka and the query API. Subclasses bring Kafka and MongoDB (in-process, or containers); SMTP is
 * GreenMail on a free port. Tracing is on, as in production (Spring Boot's tests leave it off unless asked).
 */
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
abstract class NotificationFlowScenarios extends KafkaClientPerTest {

    static final String CARE_STAFF = "zorg@school.example";
    static final String CASE_LINK_BASE = "http://localhost:8080/cases/";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final TestIdentity AUDITOR = TestIdentity.auditor(TestCaseEvents.BOARD);
    /** A trace id as the gateway passes it on in {@code traceparent}. */
    static final String GATEWAYS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.pointTheServiceAtIt(registry);
        registry.add("notification.fallback-mailbox.default", () -> CARE_STAFF);
        registry.add("notification.case-link-base", () -> CASE_LINK_BASE);
    }

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_reported_incident_mails_care_staff_a_link_to_the_case_and_nothing_about_pupils() throws Exception {
        String caseId = TestCaseEvents.newCaseId();

        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.incidentReported(caseId));

        MimeMessage mail = awaitMails(caseId, 1).get(0);
        assertThat(mail.getAllRecipients()).extracting(Address::toString).containsExactly(CARE_STAFF);
        assertThat(mail.getSubject()).isEqualTo("Nieuwe melding sexting — actie nodig");
        String text = text(mail);
        assertThat(text).contains(CASE_LINK_BASE + caseId);
        for (String word : TestCaseEvents.PAYLOAD_WORDS) {
            assertThat(text).as("mail must not contain %s", word).doesNotContainIgnoringCase(word);
        }
    }

    @Test
    void the_same_record_delivered_again_sends_no_second_mail() {
        String caseId = TestCaseEvents.newCaseId();
        reportedTwice(caseId);

        assertThat(mailsFor(caseId)).hasSize(1);
        JsonNode deliveries = deliveriesOf(caseId);
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void poison_records_go_to_the_dead_letter_topic_and_the_next_event_is_still_mailed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String incompleteKey = "incomplete-" + UUID.randomUUID();
        String caseId = TestCaseEvents.newCaseId();

        kafka.publish(Topics.CASE_EVENTS, poisonKey, "not json".getBytes(StandardCharsets.UTF_8), Map.of());
        kafka.publish(Topics.CASE_EVENTS, incompleteKey,
                "{\"type\":\"IncidentReported\",\"caseId\":\"case-x\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.incidentReported(caseId));

        awaitMails(caseId, 1);
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER);
            assertThat(dead).filteredOn(r -> poisonKey.equals(r.key())).singleElement().satisfies(r -> {
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
                assertThat(KafkaTestClient.header(r, "kafka_dlt-original-topic")).isEqualTo(Topics.CASE_EVENTS);
                assertThat(KafkaTestClient.header(r, "kafka_dlt-exception-fqcn"))
                        .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
                assertThat(KafkaTestClient.header(r, "dead-letter-reason"))
                        .startsWith("MalformedCaseEvent: not a case event");
            });
            assertThat(dead).filteredOn(r -> incompleteKey.equals(r.key())).singleElement().satisfies(r ->
                    assertThat(KafkaTestClient.header(r, "dead-letter-reason"))
                            .isEqualTo("MalformedCaseEvent: case event lacks eventId, schemaVersion, boardId, "
                                    + "schoolId, occurredAt, payload"));
        });
    }

    @Test
    void an_event_type_without_a_rule_is_skipped_not_mailed_nor_dead_lettered() {
        String caseId = TestCaseEvents.newCaseId();

        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.otherEvent(caseId));
        kafka.awaitConsumed(ConsumerGroups.NOTIFICATION_SERVICE, Topics.CASE_EVENTS);

        assertThat(mailsFor(caseId)).isEmpty();
        assertThat(query(caseId).getStatusCode()).as("nothing told, nothing to show").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER)).noneMatch(r -> caseId.equals(r.key()));
    }

    @Test
    void a_sent_mail_is_published_once_as_notification_sent_without_address_or_names() {
        String caseId = TestCaseEvents.newCaseId();
        CaseEvent event = reportedTwice(caseId);

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> outcomes = kafka.readAll(Topics.NOTIFICATION_EVENTS).stream()
                    .filter(r -> caseId.equals(r.key())).toList();
            assertThat(outcomes).singleElement().satisfies(record -> {
                String raw = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(raw).doesNotContain(CARE_STAFF).doesNotContain("@")
                        .doesNotContain(TestCaseEvents.VICTIM_REF).doesNotContain(TestCaseEvents.REPORTER_ID);
                DeliveryRecorded sent = NotificationEvent.read(record.value());
                assertThat(sent.type()).isEqualTo(NotificationEvent.NOTIFICATION_SENT);
                assertThat(sent.schemaVersion()).isEqualTo(1);
                assertThat(sent.caseId()).isEqualTo(caseId);
                assertThat(sent.schoolId()).isEqualTo(event.schoolId());
                assertThat(sent.boardId()).isEqualTo(event.boardId());
                assertThat(sent.sourceEventId()).isEqualTo(event.eventId());
                assertThat(sent.channel()).isEqualTo("EMAIL");
                assertThat(sent.recipientKind()).isEqualTo("CARE_STAFF");
                assertThat(sent.occurredAt()).isNotNull();
                assertThat(sent.eventId()).isNotNull();
                assertThat(KafkaTestClient.header(record, RecordHeaders.CORRELATION_ID))
                        .isEqualTo(event.correlationId());
                assertThat(KafkaTestClient.header(record, RecordHeaders.EVENT_TYPE))
                        .isEqualTo(NotificationEvent.NOTIFICATION_SENT);
            });
        });
    }

    @Test
    void the_query_api_shows_the_deliveries_of_a_case_and_not_found_for_a_case_without_any() {
        String caseId = TestCaseEvents.newCaseId();
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.incidentReported(caseId));
        awaitMails(caseId, 1);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode deliveries = deliveriesOf(caseId);
            assertThat(deliveries).hasSize(1);
            JsonNode delivery = deliveries.get(0);
            assertThat(delivery.get("status").asText()).isEqualTo("SENT");
            assertThat(delivery.get("recipientKind").asText()).isEqualTo("CARE_STAFF");
            assertThat(delivery.get("channel").asText()).isEqualTo("EMAIL");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("eventType").asText()).isEqualTo("IncidentReported");
            assertThat(delivery.get("sentAt").isTextual()).isTrue();
            assertThat(delivery.toString()).doesNotContain("@");
        });
        ResponseEntity<String> none = query(TestCaseEvents.newCaseId());
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void the_query_api_answers_with_the_trace_id_of_the_request_and_is_described_in_openapi() {
        String caseId = TestCaseEvents.newCaseId();
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.incidentReported(caseId));
        awaitMails(caseId, 1);
        HttpHeaders headers = new HttpHeaders();
        headers.set("traceparent", "00-" + GATEWAYS_TRACE + "-00f067aa0ba902b7-01");
        headers.setBearerAuth(AUDITOR.token());
        ResponseEntity<String> response = http.exchange("/api/notifications/cases/{caseId}", HttpMethod.GET,
                new HttpEntity<>(headers), String.class, caseId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo(GATEWAYS_TRACE);
        assertThat(http.getForObject("/api/notifications/v3/api-docs", String.class))
                .contains("/api/notifications/cases/{caseId}");
    }

    @Test
    void the_trace_of_a_record_goes_on_in_the_log_lines_of_its_handling_and_in_the_mail(CapturedOutput output)
            throws Exception {
        String caseId = TestCaseEvents.newCaseId();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        CaseEvent event = TestCaseEvents.incidentReported(caseId, traceId);

        // as the relay publishes it: in the trace of the report's request
        kafka.publish(Topics.CASE_EVENTS, caseId, CaseEventJson.write(event), Map.of(
                RecordHeaders.EVENT_ID, event.eventId().toString(),
                RecordHeaders.EVENT_TYPE, event.type(),
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        MimeMessage mail = awaitMails(caseId, 1).get(0);

        assertThat(mail.getHeader("X-Trace-Id")).containsExactly(traceId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains(traceId))
                .filter(line -> line.contains(caseId))).isNotEmpty());
    }

    @Test
    void a_monitor_reads_the_mails_sent_and_the_consumer_lag_without_a_token() {
        String caseId = TestCaseEvents.newCaseId();
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.incidentReported(caseId));
        awaitMails(caseId, 1);

        ResponseEntity<String> scraped = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(scraped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scraped.getBody())
                .containsPattern("(?m)^notification_mails_total\\{outcome=\"sent\"} [1-9]")
                .contains("notification_mails_total{outcome=\"failed\"}")
                .contains("notification_dead_letters_total")
                .contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    /** The deliveries query, as the auditor of the events' board. */
    ResponseEntity<String> query(String caseId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(AUDITOR.token());
        return http.exchange("/api/notifications/cases/{caseId}", HttpMethod.GET, new HttpEntity<>(headers),
                String.class, caseId);
    }

    JsonNode deliveriesOf(String caseId) {
        ResponseEntity<String> response = query(caseId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            JsonNode body = json.readTree(response.getBody());
            assertThat(body.isArray()).isTrue();
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new incident reported, its mail sent, and then the very same record delivered once more. */
    private CaseEvent reportedTwice(String caseId) {
        CaseEvent event = TestCaseEvents.incidentReported(caseId);
        kafka.publish(Topics.CASE_EVENTS, event);
        awaitMails(caseId, 1);
        kafka.publish(Topics.CASE_EVENTS, event);
        kafka.awaitConsumed(ConsumerGroups.NOTIFICATION_SERVICE, Topics.CASE_EVENTS);
        return event;
    }

    static List<MimeMessage> awaitMails(String caseId, int count) {
        await().atMost(PATIENCE).until(() -> mailsFor(caseId).size() >= count);
        return mailsFor(caseId);
    }

    static List<MimeMessage> mailsFor(String caseId) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> text(mail).contains(CASE_LINK_BASE + caseId))
                .toList();
    }

    static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
