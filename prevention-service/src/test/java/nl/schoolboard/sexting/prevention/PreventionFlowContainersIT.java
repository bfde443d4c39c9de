package nl.schoolboard.sexting.prevention;

import nl.schoolboard.sexting.testsupport.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same flow on a real Kafka broker and a real MongoDB server, where a Docker engine is at hand. */
@Testcontainers(disabledWithoutDocker = true)
class PreventionFlowContainersIT extends PreventionFlowScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", ContainerInfrastructure::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri", () -> ContainerInfrastructure.mongoUri("prevention"));
    }
}
