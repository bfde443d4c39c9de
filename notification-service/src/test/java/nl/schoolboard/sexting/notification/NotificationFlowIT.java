package nl.schoolboard.sexting.notification;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.schoolboard.sexting.contracts.Topics;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.InetSocketAddress;

/** The flow on the in-process stand-ins: embedded KRaft Kafka, mongo-java-server, GreenMail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 1,
        topics = {Topics.CASE_EVENTS, Topics.CASE_EVENTS_DEAD_LETTER, Topics.NOTIFICATION_EVENTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class NotificationFlowIT extends NotificationFlowScenarios {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/notification");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }
}
