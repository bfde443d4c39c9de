package nl.schoolboard.sexting.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;

/**
 * For a service's Spring tests that talk to its Kafka from outside: a {@link KafkaTestClient} on the broker the
 * application was given ({@code spring.kafka.bootstrap-servers}), fresh for every test and closed after it, so no
 * producer or admin client outlives the test that opened it.
 */
public abstract class KafkaClientPerTest {

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    protected KafkaTestClient kafka;

    @BeforeEach
    void connectToKafka() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnectFromKafka() {
        kafka.close();
    }
}
