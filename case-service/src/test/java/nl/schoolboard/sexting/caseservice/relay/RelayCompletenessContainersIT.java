package nl.schoolboard.sexting.caseservice.relay;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same scenario against a real MongoDB replica set and a real Kafka broker in containers. Where no Docker engine
 * runs (our build machines), JUnit reports it skipped with the reason "Docker is not available".
 */
@SpringBootTest(properties = {
        "case.event-store.look-back=PT3S",
        "axon.eventhandling.processors.kafka-relay.batch-size=200",
        "axon.eventhandling.processors.case-projection.batch-size=500"})
@Testcontainers(disabledWithoutDocker = true)
@Import(RelayCompletenessScenario.SlowCommits.class)
class RelayCompletenessContainersIT extends RelayCompletenessScenario {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.getReplicaSetUrl("relay-completeness"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }
}
