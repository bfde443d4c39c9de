package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml runs the same processes on containers; the wiring is declared once in {@link Wiring} and
 * compose has to follow it. Compose names the same Spring properties as environment variables
 * ({@code spring.mail.host} is {@code SPRING_MAIL_HOST}); the values differ (host names inside the network).
 */
class WiringMatchesComposeTest {

    /**
     * Set by the stack only: in compose each process keeps its default port. (The development issuer's
     * {@code server.address} is set by both: loopback in the stack, the container network in compose.)
     */
    private static final Set<String> STACK_ONLY = Set.of("server.port");
    /** Set by compose only: the stack gives every process this one as a JVM option. */
    private static final Set<String> COMPOSE_ONLY = Set.of("AXONIQ_UPDATE_CHECKER_DISABLED");
    private static final Pattern SERVICE_URL = Pattern.compile("http://([a-z-]+):(\\d+)");
    private static final Pattern HEALTH_CHECK_PORT = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+)");

    private static final Set<String> MODULES = Wiring.ALL.stream().map(ServiceDefinition::module)
            .collect(Collectors.toSet());

    private final Map<String, Object> compose = composeServices();

    @Test
    void compose_sets_every_property_of_the_wiring_and_no_other() {
        for (ServiceDefinition definition : Wiring.ALL) {
            Set<String> expected = definition.propertyNames().stream()
                    .filter(name -> !STACK_ONLY.contains(name))
                    .map(WiringMatchesComposeTest::environmentName)
                    .collect(Collectors.toSet());
            Set<String> actual = new HashSet<>(environment(definition.module()).keySet());
            actual.removeAll(COMPOSE_ONLY);

            assertThat(actual).as("environment of %s in docker-compose.yml", definition.module())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void compose_reaches_each_process_on_the_port_the_stack_gives_it() {
        LocalStackPorts defaults = LocalStackPorts.defaults();
        for (ServiceDefinition definition : Wiring.ALL) {
            for (Object value : environment(definition.module()).values()) {
                Matcher url = SERVICE_URL.matcher(String.valueOf(value));
                while (url.find()) {
                    if (!MODULES.contains(url.group(1))) {
                        continue; // localhost: what a browser sees
                    }
                    assertThat(Integer.parseInt(url.group(2))).as(url.group())
                            .isEqualTo(defaults.http(url.group(1)));
                }
            }
            Matcher healthCheck = HEALTH_CHECK_PORT.matcher(String.valueOf(service(definition.module())
                    .get("healthcheck")));
            assertThat(healthCheck.find()).as("health check of %s", definition.module()).isTrue();
            assertThat(Integer.parseInt(healthCheck.group(1))).as("health check port of %s", definition.module())
                    .isEqualTo(defaults.http(definition.module()));
        }
    }

    @Test
    void in_compose_a_process_waits_for_the_same_processes_as_in_the_stack() {
        for (ServiceDefinition definition : Wiring.ALL) {
            Object dependsOn = service(definition.module()).get("depends_on");
            Set<String> composeDependencies = dependsOn instanceof Map<?, ?> map
                    ? map.keySet().stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of();
            // compose has no development issuer dependency: the services fetch its keys only on the first token
            Set<String> expected = definition.dependsOn().stream()
                    .filter(module -> !module.equals(Wiring.DEV_ISSUER)).collect(Collectors.toSet());

            assertThat(composeDependencies.stream().filter(MODULES::contains).collect(Collectors.toSet()))
                    .as("depends_on of %s", definition.module()).isEqualTo(expected);
        }
    }

    @Test
    void compose_publishes_the_development_issuer_on_the_hosts_loopback_address_only() {
        // POST /dev/tokens mints a token for any board and role: no other machine may reach it
        assertThat(service(Wiring.DEV_ISSUER).get("ports")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("127.0.0.1:9000:9000");
        assertThat(environment(Wiring.DEV_ISSUER)).containsEntry("DEV_ISSUER_ENABLED", "true");
    }

    /** Spring Boot's relaxed binding: {@code case.privacy.notification-service-url} from CASE_PRIVACY_.._URL. */
    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String module) {
        Object service = compose.get(module);
        assertThat(service).as("service %s in docker-compose.yml", module).isInstanceOf(Map.class);
        return (Map<String, Object>) service;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(String module) {
        Object environment = service(module).get("environment");
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeServices() {
        Path file = JarLocator.findRepositoryRoot().resolve("docker-compose.yml");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> document = new Yaml(new LoaderOptions()).load(reader);
            return (Map<String, Object>) document.get("services");
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }
}
