package nl.schoolboard.sexting.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml runs the system on one host: each container is limited in memory, so that one cannot take the
 * host's memory from the others, and each JVM's limit leaves room beside the heap the image sizes from it.
 */
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path COMPOSE_FILE = REPOSITORY.resolve("docker-compose.yml");
    private static final ContainerImage IMAGE = ContainerImage.fromDockerfile(REPOSITORY.resolve("Dockerfile"));
    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]?)b?");
    private static final Pattern KAFKA_HEAP = Pattern.compile("-Xmx(\\d+[kmg])");
    /** Kafka's own threads, its page-cache-backed buffers and the JVM besides the heap. */
    private static final long KAFKA_NON_HEAP_BYTES = 256L * 1024 * 1024;

    private final Map<String, Map<String, Object>> services = services();

    @Test
    void every_container_has_a_memory_limit() {
        assertThat(services).isNotEmpty();
        services.forEach((name, service) ->
                assertThat(service).as("service %s", name).containsKey("mem_limit"));
    }

    @Test
    void every_java_service_built_from_the_dockerfile_keeps_room_beside_its_heap() {
        List<String> built = services.entrySet().stream()
                .filter(service -> service.getValue().containsKey("build")).map(Map.Entry::getKey).toList();
        assertThat(built).contains("case-service", "notification-service", "prevention-service", "gateway",
                "dev-issuer");
        for (String name : built) {
            long limit = bytes(services.get(name).get("mem_limit"));
            assertThat(IMAGE.nonHeapBytes(limit))
                    .as("%s: memory beside the heap (%d%% of %s)", name, IMAGE.maxRamPercentage(),
                            services.get(name).get("mem_limit"))
                    .isGreaterThanOrEqualTo(ContainerImage.NON_HEAP_BYTES);
        }
    }

    @Test
    void the_brokers_heap_fits_in_its_container() {
        Map<String, Object> kafka = services.get("kafka");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) kafka.get("environment");
        Matcher heap = KAFKA_HEAP.matcher(String.valueOf(environment.get("KAFKA_HEAP_OPTS")));
        assertThat(heap.find()).as("KAFKA_HEAP_OPTS sets -Xmx (the image's default is 1 GiB)").isTrue();

        assertThat(bytes(heap.group(1)) + KAFKA_NON_HEAP_BYTES).isLessThanOrEqualTo(bytes(kafka.get("mem_limit")));
    }

    @Test
    void docker_compose_accepts_the_file() throws Exception {
        Optional<List<String>> compose = composeCommand();
        if (compose.isEmpty() && System.getenv("CI") != null) {
            fail("docker compose or docker-compose is needed to validate docker-compose.yml; .ci/run installs it");
        }
        Assumptions.assumeTrue(compose.isPresent(),
                "skipped: neither 'docker compose' nor 'docker-compose' on this machine to validate the file");

        var command = new java.util.ArrayList<>(compose.get());
        command.addAll(List.of("--file", COMPOSE_FILE.toString(), "config", "--quiet"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s said: %s", String.join(" ", command), output).isZero();
    }

    /** The compose plugin where it is installed, else the standalone docker-compose (Debian's package). */
    private static Optional<List<String>> composeCommand() throws InterruptedException {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            var version = new java.util.ArrayList<>(candidate);
            version.add("version");
            try {
                Process process = new ProcessBuilder(version).redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException notInstalled) {
                // try the next
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try {
            String text = Files.readString(COMPOSE_FILE);
            Map<String, Object> compose = new Yaml(new LoaderOptions()).load(text);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + COMPOSE_FILE, e);
        }
    }

    /** Compose's byte values: 512m, 1g, 640M. */
    private static long bytes(Object size) {
        Matcher matcher = SIZE.matcher(String.valueOf(size).toLowerCase(Locale.ROOT));
        assertThat(matcher.matches()).as("a size: %s", size).isTrue();
        long number = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "k" -> number * 1024;
            case "m" -> number * 1024 * 1024;
            case "g" -> number * 1024 * 1024 * 1024;
            default -> number;
        };
    }
}
