package nl.schoolboard.sexting.prevention;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.contracts.Topics;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The flow on in-process stand-ins: spring-kafka-test's KRaft broker and mongo-java-server. {@code case-events} has
 * two partitions; the dead-letter topic is created on first use with one, as a broker with default settings does.
 * The context is closed with the class, so the listener stops before the broker does (no shutdown noise).
 */
@DirtiesContext
@EmbeddedKafka(kraft = true, partitions = 2, topics = Topics.CASE_EVENTS,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PreventionFlowIT extends PreventionFlowScenarios {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("prevention-flow"));
    }
}
