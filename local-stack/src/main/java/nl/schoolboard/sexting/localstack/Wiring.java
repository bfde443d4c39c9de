package nl.schoolboard.sexting.localstack;

import static nl.schoolboard.sexting.localstack.ServiceDefinition.Property.set;
import static nl.schoolboard.sexting.localstack.ServiceDefinition.Property.withDevelopmentIssuer;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.schoolboard.sexting.localstack.ServiceDefinition.Property;

/**
 * The wiring of the whole system, declared once: which process gets which port, which properties and which
 * processes before it. docker-compose.yml wires the same processes with the same property names (as environment
 * variables); {@code WiringMatchesComposeTest} fails when the two drift apart.
 */
final class Wiring {

    static final String CASE_SERVICE = "case-service";
    static final String NOTIFICATION_SERVICE = "notification-service";
    static final String PREVENTION_SERVICE = "prevention-service";
    static final String GATEWAY = "gateway";
    static final String DEV_ISSUER = "dev-issuer";

    /** case-service's LocalKeyEncryptionKeys.DEVELOPMENT_KEK: published, so it protects nothing outside development. */
    static final String DEVELOPMENT_KEK = "development:J4euhm5pGCJPSam1J4z7QHXSh43QStCbjJ+qzvfuoNU=";

    /** Every service and the gateway check each access token against the issuer's keys. */
    private static final List<Property> TRUSTS_THE_ISSUER = List.of(
            set("spring.security.oauth2.resourceserver.jwt.issuer-uri", StackAddresses::issuerUrl),
            // an external issuer's keys are found through its discovery document
            withDevelopmentIssuer("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                    addresses -> addresses.issuerUrl() + "/oauth2/jwks"));

    /** A service keeps its state in its own database and talks to the others through Kafka. */
    private static List<Property> kafkaAndOwnDatabase(String module) {
        return List.of(
                set("spring.kafka.bootstrap-servers", StackAddresses::kafkaBootstrapServers),
                set("spring.data.mongodb.uri", addresses -> addresses.mongoUri(module)));
    }

    static final ServiceDefinition DEVELOPMENT_ISSUER = new ServiceDefinition(DEV_ISSUER, LocalStackPorts::issuer,
            List.of(
                    // it refuses to start unless asked for by name: it is for development only
                    set("dev-issuer.enabled", addresses -> "true"),
                    // loopback only: POST /dev/tokens mints a token for anyone, which nobody on the network may reach
                    // (also the issuer's own default; said here because compose must say otherwise in its container)
                    set("server.address", addresses -> "127.0.0.1"),
                    set("dev-issuer.issuer", StackAddresses::issuerUrl),
                    set("dev-issuer.key-file", addresses -> addresses.issuerKeyFile().toString()),
                    set("dev-issuer.redirect-uris",
                            addresses -> addresses.gatewayUrl() + "/login/callback," + addresses.gatewayUrl() + "/"),
                    // the web UI, served by the gateway, fetches discovery, keys and tokens from its pages (CORS)
                    set("dev-issuer.allowed-origins", StackAddresses::gatewayUrl)),
            List.of());

    static final ServiceDefinition CASES = new ServiceDefinition(CASE_SERVICE, LocalStackPorts::caseService,
            concat(TRUSTS_THE_ISSUER, kafkaAndOwnDatabase(CASE_SERVICE), List.of(
                    // the subject access export gathers the notification service's part too
                    set("case.privacy.notification-service-url",
                            addresses -> addresses.serviceUrl(NOTIFICATION_SERVICE)),
                    // the keys that seal the personal texts' keys, outside the database: the published development
                    // key (the prod profile refuses it), and the ledger of destroyed keys beside the stack's data
                    set("case.privacy.kek", addresses -> DEVELOPMENT_KEK),
                    set("case.privacy.shredding-ledger-file", StackAddresses::shreddingLedgerFile))),
            List.of(DEV_ISSUER));

    static final ServiceDefinition NOTIFICATIONS = new ServiceDefinition(NOTIFICATION_SERVICE,
            LocalStackPorts::notificationService,
            concat(TRUSTS_THE_ISSUER, kafkaAndOwnDatabase(NOTIFICATION_SERVICE), List.of(
                    set("spring.mail.host", StackAddresses::smtpHost),
                    set("spring.mail.port", addresses -> String.valueOf(addresses.smtpPort())),
                    // the mail links to the case in the web UI, which the gateway serves
                    set("notification.case-link-base", addresses -> addresses.gatewayUrl() + "/cases/"),
                    // one fallback mailbox for every board: fine on the mail sink of a development machine, refused
                    // by the service under the prod profile, where each board gives its own
                    set("notification.fallback-mailbox.default", addresses -> "zorg@school.example"))),
            List.of(DEV_ISSUER));

    static final ServiceDefinition PREVENTION = new ServiceDefinition(PREVENTION_SERVICE,
            LocalStackPorts::preventionService,
            concat(TRUSTS_THE_ISSUER, kafkaAndOwnDatabase(PREVENTION_SERVICE)),
            List.of(DEV_ISSUER));

    static final ServiceDefinition GATEWAY_ROUTES = new ServiceDefinition(GATEWAY, LocalStackPorts::gateway,
            concat(TRUSTS_THE_ISSUER, List.of(
                    // every instance of each service; the gateway balances over those that answer UP
                    set("gateway.services." + CASE_SERVICE, addresses -> addresses.serviceUrls(CASE_SERVICE)),
                    set("gateway.services." + NOTIFICATION_SERVICE,
                            addresses -> addresses.serviceUrls(NOTIFICATION_SERVICE)),
                    set("gateway.services." + PREVENTION_SERVICE,
                            addresses -> addresses.serviceUrls(PREVENTION_SERVICE)))),
            List.of(CASE_SERVICE, NOTIFICATION_SERVICE, PREVENTION_SERVICE));

    /** The three services, in start order. */
    static final List<ServiceDefinition> SERVICES = List.of(CASES, NOTIFICATIONS, PREVENTION);

    /** What {@code ./run-local} starts after the development issuer: the services, then the gateway. */
    static final List<ServiceDefinition> SERVICES_AND_GATEWAY = List.of(CASES, NOTIFICATIONS, PREVENTION,
            GATEWAY_ROUTES);

    /** Every process the stack can start, the development issuer first. */
    static final List<ServiceDefinition> ALL = List.of(DEVELOPMENT_ISSUER, CASES, NOTIFICATIONS, PREVENTION,
            GATEWAY_ROUTES);

    /** The MongoDB database of each service (as in the services' own application.yml). */
    static final Map<String, String> DATABASES = Map.of(
            CASE_SERVICE, "cases",
            NOTIFICATION_SERVICE, "notification",
            PREVENTION_SERVICE, "prevention");

    private Wiring() {
    }

    static ServiceDefinition definition(String module) {
        return ALL.stream().filter(definition -> definition.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service: " + module));
    }

    @SafeVarargs
    private static List<Property> concat(List<Property>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
