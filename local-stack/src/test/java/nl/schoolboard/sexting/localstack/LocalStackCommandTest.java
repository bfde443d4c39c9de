package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
            18083, 18080, 19000);

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
                        "--spring.data.mongodb.uri=mongodb://localhost:37017/cases",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:19000",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:19000/oauth2/jwks",
                        "--case.privacy.notification-service-url=http://localhost:18082")
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
    void a_service_run_twice_has_two_named_instances_and_the_gateway_balances_over_both() {
        LocalStack twice = stack().instances(LocalStack.CASE_SERVICE, 2).build();

        assertThat(twice.instanceNames(LocalStack.CASE_SERVICE)).containsExactly("case-service", "case-service-2");
        assertThat(twice.instanceNames(LocalStack.NOTIFICATION_SERVICE)).containsExactly("notification-service");
        String services = twice.serviceCommand(LocalStack.GATEWAY, Path.of("gateway.jar")).stream()
                .filter(argument -> argument.startsWith("--gateway.services.case-service=")).findFirst().orElseThrow();
        assertThat(services.split("=", 2)[1].split(",")).hasSize(2).startsWith("http://localhost:18081")
                .allMatch(url -> url.startsWith("http://localhost:"));
        assertThatIllegalArgumentException().isThrownBy(() -> stack().instances(LocalStack.GATEWAY, 2));
    }

    @Test
    void the_gateway_gets_the_address_of_every_service() {
        List<String> command = stack().serviceArguments(LocalStack.GATEWAY, "--logging.level.root=WARN").build()
                .serviceCommand(LocalStack.GATEWAY, Path.of("gateway.jar"));

        assertThat(command).contains("--server.port=18080",
                "--gateway.services.case-service=http://localhost:18081",
                "--gateway.services.notification-service=http://localhost:18082",
                "--gateway.services.prevention-service=http://localhost:18083",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:19000",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:19000/oauth2/jwks")
                .endsWith("--logging.level.root=WARN")
                .noneMatch(argument -> argument.startsWith("--spring.kafka"));
    }

    @Test
    void every_service_and_the_gateway_trust_the_development_issuer_of_this_stack() {
        LocalStack stack = stack().build();

        assertThat(stack.issuerUrl()).isEqualTo("http://localhost:19000");
        for (String module : List.of(LocalStack.CASE_SERVICE, LocalStack.NOTIFICATION_SERVICE,
                LocalStack.PREVENTION_SERVICE, LocalStack.GATEWAY)) {
            assertThat(stack.serviceCommand(module, Path.of(module + ".jar"))).as(module)
                    .contains("--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:19000",
                            "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri="
                                    + "http://localhost:19000/oauth2/jwks");
        }
    }

    @Test
    void the_development_issuer_is_enabled_runs_on_its_loopback_port_keeps_its_key_in_the_data_dir_and_serves_the_ui() {
        LocalStack stack = stack().serviceArguments(LocalStack.DEV_ISSUER, "--dev-issuer.access-token-ttl=5m")
                .build();
        Path jar = repository.resolve("dev-issuer/target/dev-issuer.jar");

        List<String> command = stack.serviceCommand(LocalStack.DEV_ISSUER, jar);

        assertThat(command).containsSubsequence("-jar", jar.toString())
                .contains("--server.port=19000", "--server.address=127.0.0.1", "--dev-issuer.enabled=true",
                        "--dev-issuer.issuer=http://localhost:19000",
                        "--dev-issuer.key-file=" + repository.resolve("data/dev-issuer/jwk.json"),
                        "--dev-issuer.redirect-uris=http://localhost:18080/login/callback,http://localhost:18080/",
                        "--dev-issuer.allowed-origins=http://localhost:18080")
                .endsWith("--dev-issuer.access-token-ttl=5m")
                .noneMatch(argument -> argument.startsWith("--spring.kafka")
                        || argument.startsWith("--spring.data.mongodb")
                        || argument.startsWith("--spring.security.oauth2.resourceserver"));
        assertThat(stack.issuerKeyFile()).isEqualTo(repository.resolve("data/dev-issuer/jwk.json"));
    }

    @Test
    void an_external_issuer_replaces_the_development_issuer_and_its_keys_come_from_its_discovery_document() {
        LocalStack stack = stack().externalIssuer("https://login.board.example/realms/board").build();

        assertThat(stack.issuerUrl()).isEqualTo("https://login.board.example/realms/board");
        assertThat(stack.serviceCommand(LocalStack.GATEWAY, Path.of("gateway.jar")))
                .contains("--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                        + "https://login.board.example/realms/board")
                .noneMatch(argument -> argument.contains("jwk-set-uri"));
        assertThat(stack.serviceCommand(LocalStack.CASE_SERVICE, Path.of("c.jar")))
                .contains("--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                        + "https://login.board.example/realms/board")
                .noneMatch(argument -> argument.contains("jwk-set-uri") || argument.contains("localhost:19000"));
    }

    @Test
    void with_every_server_external_and_no_services_nothing_is_started_not_even_the_development_issuer() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (LocalStack stack = LocalStack.builder().repositoryRoot(repository).dataDir(repository.resolve("data"))
                .ports(ports).output(new PrintStream(output, true, StandardCharsets.UTF_8)).services(false)
                .externalKafka("broker:9092").externalMongo("mongodb://mongo:27017").externalSmtp("relay", 25)
                .externalIssuer("https://login.board.example").build()) {

            stack.start();

            assertThat(stack.demoUsers()).isEmpty();
        }
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("Using the OIDC issuer at https://login.board.example (the development issuer is not started)")
                .contains("https://login.board.example (external)")
                .doesNotContain("Started dev-issuer")
                .doesNotContain("Demo users");
        assertThat(repository.resolve("data/run/dev-issuer")).doesNotExist();
    }

    @Test
    void without_services_only_the_development_issuer_must_be_built() {
        LocalStack stack = stack().services(false).build();

        assertThatThrownBy(stack::start).isInstanceOf(LocalStackException.class)
                .hasMessageContaining(repository.resolve("dev-issuer/target/dev-issuer.jar").toString())
                .hasMessageNotContaining("case-service.jar");
        assertThat(Files.exists(repository.resolve("data"))).isFalse();
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
                .hasMessageContaining(repository.resolve("dev-issuer/target/dev-issuer.jar").toString())
                .hasMessageContaining("./mvnw -q -DskipTests package");
        assertThat(Files.exists(repository.resolve("data"))).isFalse();
    }
}
