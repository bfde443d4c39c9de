package nl.schoolboard.sexting.prevention;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.PersonReference;
import nl.schoolboard.sexting.contracts.payload.YearGroup;
import nl.schoolboard.sexting.prevention.support.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The service on in-process stand-ins (spring-kafka-test's KRaft broker, mongo-java-server), for the feature ITs
 * that drive it over HTTP as signed-in callers ({@link Caller}, tokens from the test issuer key). Periodic jobs are
 * off; a test runs them itself when it wants them. Each test uses school ids of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "prevention.jobs.enabled=false")
@DirtiesContext
@EmbeddedKafka(kraft = true, partitions = 2, topics = Topics.CASE_EVENTS,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
abstract class InProcessStack {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate http;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("prevention"));
    }

    /** Staff of one school ({@code SCHOOL_LEADER}, {@code CARE_COORDINATOR}, ...), signed in. */
    Caller staff(String role, String board, String school) {
        return Caller.staff(http, role, board, school);
    }

    Caller leaderOf(String board, String school) {
        return staff("SCHOOL_LEADER", board, school);
    }

    Caller adminOf(String board) {
        return Caller.boardWide(http, "BOARD_ADMINISTRATOR", board);
    }

    Caller auditorOf(String board) {
        return Caller.boardWide(http, "AUDITOR", board);
    }

    /** No sign-in at all, as a calendar program fetching the feed. */
    Caller anonymous() {
        return Caller.anonymous(http);
    }

    /** The field names of a 400 problem's {@code errors}. */
    static List<String> fieldsOf(ResponseEntity<JsonNode> problem) {
        return problem.getBody().path("errors").findValuesAsText("field");
    }

    /** The prevention events of a school now on the topic, in order per partition (one school: one partition). */
    List<PreventionEvent> eventsOf(String schoolId) {
        return readAll(Topics.PREVENTION_EVENTS).stream().filter(r -> schoolId.equals(r.key()))
                .map(r -> read(r.value())).toList();
    }

    /** Every record now on a topic, raw: for what must never be on it. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            return kafka.readAll(topic);
        }
    }

    /** Publishes a case event as case-service's relay does (key = case id) and waits for the broker's ack. */
    void publish(CaseEvent event) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.publish(Topics.CASE_EVENTS, event);
        }
    }

    /** An {@code IncidentReported} of a school, reported at {@code occurredAt}. */
    static CaseEvent incidentReported(String boardId, String schoolId, String occurredAt, boolean minorNude,
                                      List<String> yearGroups) {
        IncidentReportedPayload payload = new IncidentReportedPayload(Instant.parse(occurredAt).minusSeconds(1800),
                new Code("PUPIL_TOLD_STAFF"), new Code("PHOTO"), List.of(new Code("SNAPCHAT")), minorNude,
                List.of(new IncidentReportedPayload.InvolvedPupil(new PersonReference("P-1"), new Code("VICTIM"))),
                yearGroups.stream().map(YearGroup::new).toList());
        return new CaseEvent(UUID.randomUUID(), CaseEventType.INCIDENT_REPORTED.typeName(),
                CaseEventType.INCIDENT_REPORTED.schemaVersion(), Instant.parse(occurredAt), Instant.parse(occurredAt),
                boardId, schoolId, "case-" + UUID.randomUUID(), 0, new Actor("user-1", "SCHOOL_LEADER"), null,
                CaseEventJson.toTree(payload));
    }

    static PreventionEvent read(byte[] json) {
        try {
            return CaseEventJson.mapper().readValue(json, PreventionEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
