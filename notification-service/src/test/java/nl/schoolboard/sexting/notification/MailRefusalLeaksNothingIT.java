package nl.schoolboard.sexting.notification;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.NotificationEvent;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that refuses, quoting the address it refused and the greeting (with the guardian's name) of the
 * mail it refused. What the service keeps and tells of that failure is a code: the logs, the delivery log, the
 * notification events and the dead letters hold neither the address nor the name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.retry.initial-interval=100ms",
        "notification.retry.multiplier=2",
        "notification.retry.max-interval=500ms",
        "notification.retry.max-attempts=2",
        "notification.digest.window=0s"})
@EmbeddedBroker
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class MailRefusalLeaksNothingIT {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final RefusingSmtpServer SMTP = new RefusingSmtpServer();

    private static final String BOARD = TestCaseEvents.BOARD;
    private static final String SCHOOL = "school-refused";
    private static final String PUPIL = "LL-2031-0042";
    private static final String LEADER = "leider." + RefusingSmtpServer.REFUSED_MAILBOX + "@school.example";
    private static final String GUARDIAN_NAME = "Mevrouw Weigerbrink";
    private static final String GUARDIAN = "weigerbrink.ouder@thuis.example";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/notification");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stop() {
        SMTP.close();
        MONGO.shutdownNow();
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TestRestTemplate http;

    @Test
    void a_refusal_that_quotes_the_address_and_the_name_is_kept_and_told_as_a_code_only(CapturedOutput output) {
        TestIdentity leader = TestIdentity.leaderOf(BOARD, SCHOOL);
        String directory = "/api/notifications/directory/boards/" + BOARD + "/schools/" + SCHOOL;
        put(leader, directory + "/staff/L-1",
                "{\"roles\":[\"SCHOOL_LEADER\"],\"email\":\"" + LEADER + "\",\"language\":\"nl\"}");
        put(leader, directory + "/pupils/" + PUPIL + "/guardians", "{\"guardians\":[{\"name\":\"" + GUARDIAN_NAME
                + "\",\"email\":\"" + GUARDIAN + "\",\"language\":\"nl\"}]}");
        String caseId = TestCaseEvents.newCaseId();
        CaseEvent reported = TestCaseEvents.atSchool(TestCaseEvents.incidentReported(caseId), SCHOOL);
        CaseEvent informed = TestCaseEvents.atSchool(
                TestCaseEvents.guardiansInformed(caseId, PUPIL, "MEASURES_TAKEN"), SCHOOL);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.publish(Topics.CASE_EVENTS, reported);
            kafka.publish(Topics.CASE_EVENTS, informed);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER)).hasSize(2);
                assertThat(kafka.readAll(Topics.NOTIFICATION_EVENTS)).hasSize(2);
            });

            List<Document> stored = mongo.getCollection("deliveries").find(new Document("caseId", caseId))
                    .into(new ArrayList<>());
            assertThat(stored).extracting(d -> d.getString("status")).containsOnly("FAILED");
            assertThat(stored).extracting(d -> d.getString("lastError"))
                    .containsExactlyInAnyOrder("MAILBOX_UNAVAILABLE", "MESSAGE_REJECTED");
            for (Document delivery : stored) {
                // the recipient field is the address the mail went to, by design (and erased on request); what the
                // failure left behind must not add the address or the name anywhere else
                Document withoutRecipient = new Document(delivery);
                withoutRecipient.remove("_id");
                withoutRecipient.remove("recipient");
                assertThat(withoutRecipient.toJson()).doesNotContain(LEADER, GUARDIAN, GUARDIAN_NAME, "Weigerbrink",
                        "refused as spam", "no mailbox by that name");
            }

            List<ConsumerRecord<String, byte[]>> outcomes = kafka.readAll(Topics.NOTIFICATION_EVENTS);
            assertThat(outcomes).extracting(r -> NotificationEvent.read(r.value()).failure())
                    .containsExactlyInAnyOrder("MAILBOX_UNAVAILABLE", "MESSAGE_REJECTED");
            for (ConsumerRecord<String, byte[]> record : outcomes) {
                assertThat(everything(record)).doesNotContain(LEADER, GUARDIAN, GUARDIAN_NAME, "Weigerbrink");
            }
            for (ConsumerRecord<String, byte[]> record : kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER)) {
                assertThat(everything(record)).doesNotContain(LEADER, GUARDIAN, GUARDIAN_NAME, "Weigerbrink",
                        "refused as spam", "no mailbox by that name");
            }
        }

        assertThat(output.getAll()).as("the service's log")
                .contains(caseId).contains("MAILBOX_UNAVAILABLE").contains("MESSAGE_REJECTED")
                .doesNotContain(LEADER).doesNotContain(GUARDIAN).doesNotContain(GUARDIAN_NAME)
                .doesNotContain("Weigerbrink").doesNotContain("refused as spam")
                .doesNotContain("no mailbox by that name");
    }

    private static String everything(ConsumerRecord<String, byte[]> record) {
        StringBuilder all = new StringBuilder(String.valueOf(record.key())).append('\n')
                .append(new String(record.value(), StandardCharsets.UTF_8));
        for (Header header : record.headers()) {
            all.append('\n').append(header.key()).append('=')
                    .append(new String(header.value(), StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    private void put(TestIdentity who, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(who.token());
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers),
                String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    }
}
