package nl.schoolboard.sexting.localstack;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Servers that already run elsewhere and replace an embedded one: a Kafka, a MongoDB, an SMTP relay, an OIDC
 * issuer. Empty means "start the embedded one".
 *
 * @param kafkaBootstrapServers e.g. {@code broker:9092}
 * @param mongoUri              e.g. {@code mongodb://mongo:27017/?replicaSet=rs0}; a URI without a database gets the
 *                              database of each service appended
 * @param smtpHost              host of an SMTP server
 * @param smtpPort              its port (25 when only the host is given)
 * @param issuerUri             the issuer URL of an OIDC provider (e.g. the board's own); the services find its
 *                              keys through its discovery document, and the development issuer is not started
 */
public record ExternalServers(Optional<String> kafkaBootstrapServers, Optional<String> mongoUri,
                              Optional<String> smtpHost, Optional<Integer> smtpPort, Optional<String> issuerUri) {

    public static ExternalServers none() {
        return new ExternalServers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static ExternalServers fromEnvironment() {
        return from(System.getenv(), System.getProperties());
    }

    /**
     * Reads, first match wins: Kafka from the system property {@code spring.kafka.bootstrap-servers}, then
     * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}, then {@code KAFKA_BOOTSTRAP_SERVERS}; MongoDB from
     * {@code spring.data.mongodb.uri}, then {@code SPRING_DATA_MONGODB_URI}; SMTP from {@code spring.mail.host} /
     * {@code spring.mail.port}, then {@code SPRING_MAIL_HOST} / {@code SPRING_MAIL_PORT}; the OIDC issuer from
     * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, then
     * {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI}.
     */
    static ExternalServers from(Map<String, String> env, Properties system) {
        Optional<String> kafka = first(system.getProperty("spring.kafka.bootstrap-servers"),
                env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"), env.get("KAFKA_BOOTSTRAP_SERVERS"));
        Optional<String> mongo = first(system.getProperty("spring.data.mongodb.uri"),
                env.get("SPRING_DATA_MONGODB_URI"));
        Optional<String> mailHost = first(system.getProperty("spring.mail.host"), env.get("SPRING_MAIL_HOST"));
        Optional<Integer> mailPort = first(system.getProperty("spring.mail.port"), env.get("SPRING_MAIL_PORT"))
                .map(port -> {
                    try {
                        return Integer.valueOf(port);
                    } catch (NumberFormatException e) {
                        throw new LocalStackException("SPRING_MAIL_PORT / spring.mail.port is not a number: " + port);
                    }
                });
        Optional<String> issuer = first(system.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"),
                env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"));
        return new ExternalServers(kafka, mongo, mailHost, mailHost.isPresent() ? mailPort.or(() -> Optional.of(25))
                : Optional.empty(), issuer);
    }

    public ExternalServers withKafka(String bootstrapServers) {
        return new ExternalServers(Optional.of(bootstrapServers), mongoUri, smtpHost, smtpPort, issuerUri);
    }

    public ExternalServers withMongo(String uri) {
        return new ExternalServers(kafkaBootstrapServers, Optional.of(uri), smtpHost, smtpPort, issuerUri);
    }

    public ExternalServers withSmtp(String host, int port) {
        return new ExternalServers(kafkaBootstrapServers, mongoUri, Optional.of(host), Optional.of(port), issuerUri);
    }

    public ExternalServers withIssuer(String issuer) {
        return new ExternalServers(kafkaBootstrapServers, mongoUri, smtpHost, smtpPort, Optional.of(issuer));
    }

    private static Optional<String> first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return Optional.of(candidate.trim());
            }
        }
        return Optional.empty();
    }
}
