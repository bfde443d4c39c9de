package nl.schoolboard.sexting.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Where everything of one stack is: the embedded servers on the stack's ports unless an external server replaces
 * them, the processes on {@code localhost}, the development issuer's key in the data dir.
 *
 * @param moreInstances the ports of the second and further instances of a service, by module (the first instance
 *                      is on its port in {@code ports}); most stacks have none
 */
record StackAddresses(LocalStackPorts ports, ExternalServers external, Path dataDir,
                      Map<String, List<Integer>> moreInstances) {

    StackAddresses {
        moreInstances = Map.copyOf(moreInstances);
    }

    StackAddresses(LocalStackPorts ports, ExternalServers external, Path dataDir) {
        this(ports, external, dataDir, Map.of());
    }

    /** Every instance of a service, first one first: {@code module} itself, then {@code module-2}, ... */
    List<ServiceInstance> instances(String module) {
        List<Integer> more = moreInstances.getOrDefault(module, List.of());
        return Stream.concat(Stream.of(new ServiceInstance(module, module, ports.http(module))),
                IntStream.range(0, more.size())
                        .mapToObj(i -> new ServiceInstance(module, module + "-" + (i + 2), more.get(i)))).toList();
    }

    /** The URL of every instance of a service, separated by commas (as the gateway takes them). */
    String serviceUrls(String module) {
        return instances(module).stream().map(ServiceInstance::url).collect(Collectors.joining(","));
    }

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
