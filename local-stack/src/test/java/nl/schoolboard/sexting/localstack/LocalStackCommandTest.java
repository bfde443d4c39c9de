package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each service process is started with, without starting anything. */
class LocalStackCommandTest {

    @TempDir
    Path repository;

    private final LocalStackPorts ports = new LocalStackPorts(19092, 19093, 37017, 12525, 18025, 18081, 18082,
            18083, 18080);

    private LocalStack.Builder stack() {
        return LocalStack.builder().repositoryRoot(repository).dataDir(repository.resolve("data")).ports(ports)
                .output(new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void a_service_runs_its_jar_on_its_port_against_the_stacks_kafka_and_its_own_database() {
        Path jar = repository.resolve("case-service/target/case-service.jar");

        List<String> command = stack().build().serviceCommand(LocalStack.CASE_SERVICE, jar);

        assertThat(command.get(0)).endsWith("java");
        assertThat(command).containsSubsequence("-jar", jar.toString())
                .contains("-Daxoniq.update-checker.disabled=true", "--server.port=18081",
                        "--spring.kafka.bootstrap-servers=localhost:19092",
                        "--spring.data.mongodb.uri=mongodb://localhost:37017/cases")
                .noneMatch(argument -> argument.startsWith("--spring.mail"));
        assertThat(command.indexOf("-Daxoniq.update-checker.disabled=true")).isLessThan(command.indexOf("-jar"));
    }

    @Test
    void notification_service_also_gets_the_smtp_server_and_the_gateway_link() {
        List<String> command = stack().build().serviceCommand(LocalStack.NOTIFICATION_SERVICE, Path.of("n.jar"));

        assertThat(command).contains("--spring.mail.host=localhost", "--spring.mail.port=12525",
                "--spring.data.mongodb.uri=mongodb://localhost:37017/notification",
                "--notification.case-link-base=http://localhost:18080/cases/");
    }

    @Test
    void the_gateway_gets_the_address_of_every_service() {
        List<String> command = stack().serviceArguments(LocalStack.GATEWAY, "--logging.level.root=WARN").build()
                .serviceCommand(LocalStack.GATEWAY, Path.of("gateway.jar"));

        assertThat(command).contains("--server.port=18080",
                "--gateway.services.case-service=http://localhost:18081",
                "--gateway.services.notification-service=http://localhost:18082",
                "--gateway.services.prevention-service=http://localhost:18083")
                .endsWith("--logging.level.root=WARN")
                .noneMatch(argument -> argument.startsWith("--spring.kafka"));
    }

    @Test
    void external_servers_replace_the_embedded_ones_in_every_command() {
        LocalStack stack = stack().externalKafka("broker:9092")
                .externalMongo("mongodb://mongo:27017/?replicaSet=rs0").externalSmtp("relay", 587).build();

        assertThat(stack.serviceCommand(LocalStack.NOTIFICATION_SERVICE, Path.of("n.jar"))).contains(
                "--spring.kafka.bootstrap-servers=broker:9092",
                "--spring.data.mongodb.uri=mongodb://mongo:27017/notification?replicaSet=rs0",
                "--spring.mail.host=relay", "--spring.mail.port=587");
        assertThatThrownBy(stack::receivedMail).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("external SMTP server relay:587");
    }

    @Test
    void starting_without_built_services_says_what_to_build_before_starting_anything() {
        LocalStack stack = stack().build();

        assertThatThrownBy(stack::start).isInstanceOf(LocalStackException.class)
                .hasMessageContaining(repository.resolve("case-service/target/case-service.jar").toString())
                .hasMessageContaining(repository.resolve("gateway/target/gateway.jar").toString())
                .hasMessageContaining("./mvnw -q -DskipTests package");
        assertThat(Files.exists(repository.resolve("data"))).isFalse();
    }
}
