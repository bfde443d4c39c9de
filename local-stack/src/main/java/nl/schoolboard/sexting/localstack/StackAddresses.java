package nl.schoolboard.sexting.localstack;

import java.nio.file.Path;

/**
 * Where everything of one stack is: the embedded servers on the stack's ports unless an external server replaces
 * them, the processes on {@code localhost}, the development issuer's key in the data dir.
 */
record StackAddresses(LocalStackPorts ports, ExternalServers external, Path dataDir) {

    /** {@code false} when an external OIDC issuer (e.g. the board's own) replaces the development issuer. */
    boolean usesDevelopmentIssuer() {
        return external.issuerUri().isEmpty();
    }

    String serviceUrl(String module) {
        return "http://localhost:" + ports.http(module);
    }

    String gatewayUrl() {
        return serviceUrl(Wiring.GATEWAY);
    }

    String issuerUrl() {
        return external.issuerUri().orElseGet(() -> serviceUrl(Wiring.DEV_ISSUER));
    }

    Path issuerKeyFile() {
        return dataDir.resolve(Wiring.DEV_ISSUER).resolve("jwk.json");
    }

    /** case-service's record of destroyed keys: outside its database, so that a restored dump cannot undo an erasure. */
    String shreddingLedgerFile() {
        return dataDir.resolve(Wiring.CASE_SERVICE).resolve("shredding-ledger").toString();
    }

    String kafkaBootstrapServers() {
        return external.kafkaBootstrapServers().orElseGet(() -> "localhost:" + ports.kafka());
    }

    String mongoUri() {
        return external.mongoUri().orElseGet(() -> "mongodb://localhost:" + ports.mongo());
    }

    String mongoUri(String service) {
        String database = Wiring.DATABASES.get(service);
        if (database == null) {
            throw new IllegalArgumentException("Unknown service: " + service);
        }
        return MongoUris.withDatabase(mongoUri(), database);
    }

    String smtpHost() {
        return external.smtpHost().orElse("localhost");
    }

    int smtpPort() {
        return external.smtpPort().orElse(ports.smtp());
    }

    String mailPageUrl() {
        return "http://localhost:" + ports.mailPage();
    }
}
