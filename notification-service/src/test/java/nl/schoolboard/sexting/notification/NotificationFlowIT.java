package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The flow on the in-process stand-ins: embedded KRaft Kafka, mongo-java-server, GreenMail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedBroker
@DirtiesContext
class NotificationFlowIT extends NotificationFlowScenarios {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("notification-flow"));
    }
}
