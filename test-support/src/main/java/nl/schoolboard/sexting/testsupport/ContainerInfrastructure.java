package nl.schoolboard.sexting.testsupport;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real Kafka broker and a real MongoDB server in containers, the same images as docker-compose.yml, for the flow
 * tests that run where a Docker engine is at hand (their class carries
 * {@code @Testcontainers(disabledWithoutDocker = true)} and is skipped elsewhere). Started on first use, once per
 * test JVM; Testcontainers removes them when the JVM ends. Each service names a database of its own.
 */
public final class ContainerInfrastructure {

    private static KafkaContainer kafka;
    private static MongoDBContainer mongo;

    private ContainerInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:3.9.1"));
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));
            mongo.start();
        }
        return mongo.getReplicaSetUrl(database);
    }
}
