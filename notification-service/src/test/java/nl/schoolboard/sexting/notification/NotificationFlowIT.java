package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.contracts.Topics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The flow on the in-process stand-ins: embedded KRaft Kafka, mongo-java-server, GreenMail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 1,
        topics = {Topics.CASE_EVENTS, Topics.CASE_EVENTS_DEAD_LETTER, Topics.NOTIFICATION_EVENTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class NotificationFlowIT extends NotificationFlowScenarios {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("notification-flow"));
    }
}
