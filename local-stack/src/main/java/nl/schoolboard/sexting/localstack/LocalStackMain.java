package nl.schoolboard.sexting.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./run-local}: the whole system on the project's fixed ports, data in {@code <repository>/data} (or
 * {@code LOCAL_STACK_DATA}). Kafka, MongoDB, SMTP and an OIDC issuer named in the environment
 * ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code SPRING_DATA_MONGODB_URI}, {@code SPRING_MAIL_HOST}/{@code SPRING_MAIL_PORT},
 * {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI}) are used instead of the embedded ones. Ctrl-C stops
 * everything, in reverse order.
 *
 * <p>Arguments: {@code --infra-only} starts Kafka, MongoDB, SMTP and the development issuer without the services
 * (run those from an IDE).
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        List<String> unknown = arguments.stream()
                .filter(argument -> !List.of("--help", "-h", "--infra-only").contains(argument)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("Unknown argument(s): " + String.join(" ", unknown) + " (try --help)");
            System.exit(2);
        }
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("""
                    Usage: run-local [--no-build] [--infra-only]
                      --no-build     start without building first (handled by the run-local script)
                      --infra-only   start Kafka, the MongoDB-wire store, the SMTP sink and the development
                                     OIDC issuer, not the services
                    Environment: LOCAL_STACK_DATA (data directory, default <repository>/data),
                      KAFKA_BOOTSTRAP_SERVERS, SPRING_DATA_MONGODB_URI, SPRING_MAIL_HOST, SPRING_MAIL_PORT,
                      SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI (use these servers instead of starting
                      embedded ones; with an issuer URI the development issuer is not started), NO_COLOR,
                      LOCAL_STACK_JAVA_OPTIONS (this JVM's options, default -Xmx512m -XX:+UseSerialGC),
                      MALLOC_ARENA_MAX (default 2, inherited by every process of the stack).""");
            return;
        }
        LocalStack.Builder builder = LocalStack.builder()
                .defaultPorts()
                .services(!arguments.contains("--infra-only"))
                .externalServersFromEnvironment();
        String dataDir = System.getenv("LOCAL_STACK_DATA");
        if (dataDir != null && !dataDir.isBlank()) {
            builder.dataDir(Path.of(dataDir));
        }
        LocalStack stack = builder.build();

        // Ctrl-C, kill, System.exit: stop the children in reverse order before this JVM goes
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));

        try {
            stack.start();
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("The local stack could not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");

        String died = stack.unexpectedExit().join();
        System.err.println();
        System.err.println(died);
        System.err.println("Stopping the rest of the local stack.");
        System.exit(2);
    }
}
