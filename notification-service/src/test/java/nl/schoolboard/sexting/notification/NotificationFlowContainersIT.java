package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.ContainerInfrastructure;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import nl.schoolboard.sexting.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same flow on a real Kafka broker and a real MongoDB server, where Docker is available; skipped elsewhere.
 * SMTP stays GreenMail.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class NotificationFlowContainersIT extends NotificationFlowScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", ContainerInfrastructure::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri", () -> ContainerInfrastructure.mongoUri("notification"));
    }

    @BeforeAll
    static void topics() {
        KafkaTestClient.createTopics(ContainerInfrastructure.kafkaBootstrapServers(),
                Topics.CASE_EVENTS, Topics.CASE_EVENTS_DEAD_LETTER, Topics.NOTIFICATION_EVENTS);
    }
}
