package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.NotificationEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.DeliveryStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The mail server cannot be reached: deliveries end FAILED after the configured tries, records are dead-lettered. */
@SpringBootTest(properties = {
        "notification.retry.initial-interval=100ms",
        "notification.retry.multiplier=2",
        "notification.retry.max-interval=1s",
        "notification.retry.max-attempts=3",
        "spring.mail.properties.mail.smtp.connectiontimeout=1000"})
@EmbeddedBroker
@DirtiesContext
class SmtpFailureIT {

    private static final int CLOSED_PORT = FreePorts.free();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("smtp-failure"));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> CLOSED_PORT);
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void an_unreachable_mail_server_ends_in_failed_deliveries_and_dead_letters_and_the_consumer_goes_on() {
        CaseEvent first = TestCaseEvents.incidentReported(TestCaseEvents.newCaseId());
        CaseEvent second = TestCaseEvents.incidentReported(TestCaseEvents.newCaseId());

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.publish(Topics.CASE_EVENTS, first);
            kafka.publish(Topics.CASE_EVENTS, second);

            for (CaseEvent event : List.of(first, second)) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    List<Delivery> deliveries =
                            mongo.find(query(where("caseId").is(event.caseId())), Delivery.class);
                    assertThat(deliveries).singleElement().satisfies(delivery -> {
                        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
                        assertThat(delivery.attempts()).isEqualTo(3);
                        assertThat(delivery.failedAt()).isNotNull();
                        assertThat(delivery.sentAt()).isNull();
                        assertThat(delivery.lastError()).isEqualTo("SERVER_UNREACHABLE");
                    });
                });
            }

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<ConsumerRecord<String, byte[]>> dead = kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER);
                for (CaseEvent event : List.of(first, second)) {
                    assertThat(dead).filteredOn(r -> event.caseId().equals(r.key())).singleElement().satisfies(r -> {
                        assertThat(CaseEventJson.read(r.value()).eventId()).isEqualTo(event.eventId());
                        assertThat(KafkaTestClient.header(r, "kafka_dlt-original-topic")).isEqualTo(Topics.CASE_EVENTS);
                        assertThat(KafkaTestClient.header(r, "dead-letter-reason"))
                                .startsWith("DeliveryFailed: 1 delivery(ies) could not be sent");
                    });
                }
                List<ConsumerRecord<String, byte[]>> outcomes = kafka.readAll(Topics.NOTIFICATION_EVENTS);
                for (CaseEvent event : List.of(first, second)) {
                    assertThat(outcomes).filteredOn(r -> event.caseId().equals(r.key())).singleElement()
                            .satisfies(r -> {
                                NotificationEvent.DeliveryRecorded failed = NotificationEvent.read(r.value());
                                assertThat(failed.type()).isEqualTo(NotificationEvent.NOTIFICATION_FAILED);
                                assertThat(failed.sourceEventId()).isEqualTo(event.eventId());
                                assertThat(failed.recipientKind()).isEqualTo("CARE_STAFF");
                                assertThat(failed.failure()).isEqualTo("SERVER_UNREACHABLE");
                            });
                }
            });
        }
    }
}
