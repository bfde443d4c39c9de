package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same flow on a real Kafka broker and a real MongoDB server, where Docker is available; skipped elsewhere.
 * SMTP stays GreenMail.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class NotificationFlowContainersIT extends NotificationFlowScenarios {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:3.9.1"));

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("notification"));
    }

    @BeforeAll
    static void topics() {
        KafkaTestClient.createTopics(KAFKA.getBootstrapServers(),
                Topics.CASE_EVENTS, Topics.CASE_EVENTS_DEAD_LETTER, Topics.NOTIFICATION_EVENTS);
    }
}
