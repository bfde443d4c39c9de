package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ExternalServersTest {

    @Test
    void nothing_set_means_everything_embedded() {
        ExternalServers servers = ExternalServers.from(Map.of("PATH", "/usr/bin"), new Properties());

        assertThat(servers).isEqualTo(ExternalServers.none());
    }

    @Test
    void kafka_from_the_system_property_before_spring_before_plain_environment_variable() {
        Properties system = new Properties();
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", "plain:9092",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", "spring:9092");

        assertThat(ExternalServers.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "plain:9092"), system)
                .kafkaBootstrapServers()).hasValue("plain:9092");
        assertThat(ExternalServers.from(env, system).kafkaBootstrapServers()).hasValue("spring:9092");
        system.setProperty("spring.kafka.bootstrap-servers", "property:9092");
        assertThat(ExternalServers.from(env, system).kafkaBootstrapServers()).hasValue("property:9092");
    }

    @Test
    void mongo_and_mail_from_spring_environment_variables_and_port_25_when_only_a_host_is_given() {
        ExternalServers servers = ExternalServers.from(Map.of(
                "SPRING_DATA_MONGODB_URI", "mongodb://mongo:27017/?replicaSet=rs0",
                "SPRING_MAIL_HOST", "relay.school.example"), new Properties());

        assertThat(servers.mongoUri()).hasValue("mongodb://mongo:27017/?replicaSet=rs0");
        assertThat(servers.smtpHost()).hasValue("relay.school.example");
        assertThat(servers.smtpPort()).hasValue(25);
        assertThat(servers.kafkaBootstrapServers()).isEmpty();
    }

    @Test
    void an_issuer_from_the_spring_environment_variable_or_before_it_the_system_property() {
        Properties system = new Properties();
        Map<String, String> env = Map.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                "https://login.board.example");

        assertThat(ExternalServers.from(env, system).issuerUri()).hasValue("https://login.board.example");
        system.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://other.example");
        assertThat(ExternalServers.from(env, system).issuerUri()).hasValue("https://other.example");
        assertThat(ExternalServers.from(Map.of(), new Properties()).issuerUri()).isEmpty();
    }

    @Test
    void a_mail_port_without_a_host_changes_nothing_and_a_blank_value_counts_as_unset() {
        ExternalServers servers = ExternalServers.from(Map.of("SPRING_MAIL_PORT", "1025",
                "KAFKA_BOOTSTRAP_SERVERS", "  "), new Properties());

        assertThat(servers.smtpHost()).isEmpty();
        assertThat(servers.smtpPort()).isEqualTo(Optional.empty());
        assertThat(servers.kafkaBootstrapServers()).isEmpty();
    }

    @Test
    void a_mail_port_that_is_not_a_number_is_refused_with_its_name() {
        assertThatThrownBy(() -> ExternalServers.from(Map.of("SPRING_MAIL_HOST", "relay",
                "SPRING_MAIL_PORT", "twenty-five"), new Properties()))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("SPRING_MAIL_PORT");
    }
}
