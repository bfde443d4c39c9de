package nl.schoolboard.sexting.localstack;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The whole system on one machine with only a JDK: a Kafka KRaft broker (child process, log on disk), a
 * MongoDB-wire store (in this JVM, H2 file), an SMTP sink with a mail page (in this JVM, mail kept as files), the
 * development OIDC issuer (child process, signing key on disk), then case-, notification- and prevention-service and
 * last the gateway, each a child {@code java -jar} process. All data lives in one directory, so a second start finds
 * it again (and tokens issued before a restart stay valid).
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().dataDir(tmp).freePorts().build()) {
 *     stack.start();
 *     http.send(POST(stack.gatewayUrl() + "/api/cases"), ...);
 *     assertThat(stack.receivedMail()).anySatisfy(mail -> assertThat(mail.subject()).contains("Melding"));
 * }
 * }</pre>
 *
 * <p>Servers that run elsewhere replace the embedded ones ({@link Builder#externalKafka},
 * {@link Builder#externalMongo}, {@link Builder#externalSmtp}, {@link Builder#externalIssuer}, or from the
 * environment with {@link Builder#externalServersFromEnvironment()}).
 *
 * <p>Every service and the gateway get {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} =
 * {@link #issuerUrl()} and, for the development issuer, {@code jwk-set-uri} = {@code <issuer>/oauth2/jwks}.
 */
public final class LocalStack implements AutoCloseable {

    public static final String CASE_SERVICE = "case-service";
    public static final String NOTIFICATION_SERVICE = "notification-service";
    public static final String PREVENTION_SERVICE = "prevention-service";
    public static final String GATEWAY = "gateway";
    /** The development OIDC issuer (Spring Authorization Server with demo users); started before the services. */
    public static final String DEV_ISSUER = "dev-issuer";
    /** The services, in start order; the gateway starts after them. */
    public static final List<String> SERVICES = List.of(CASE_SERVICE, NOTIFICATION_SERVICE, PREVENTION_SERVICE);
    /** The MongoDB database of each service (as in the services' own application.yml). */
    public static final Map<String, String> DATABASES = Map.of(
            CASE_SERVICE, "cases",
            NOTIFICATION_SERVICE, "notification",
            PREVENTION_SERVICE, "prevention");
    /** JVM options of the service and gateway processes unless {@link Builder#serviceJvmOptions} says otherwise. */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
            List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final String OWNER_PROPERTY = "-Dlocal-stack.owner=";

    private final Path repositoryRoot;
    private final Path dataDir;
    private final LocalStackPorts ports;
    private final boolean withServices;
    private final ExternalServers external;
    private final Duration kafkaStartTimeout;
    private final Duration serviceStartTimeout;
    private final List<String> serviceJvmOptions;
    private final Map<String, List<String>> extraArguments;
    private final Console console;

    private final Object lifecycle = new Object();
    private final Map<String, ChildProcess> services = new LinkedHashMap<>();
    private final CompletableFuture<String> unexpectedExit = new CompletableFuture<>();
    private volatile boolean started;
    private volatile boolean stopping;
    private KafkaBroker kafka;
    private MongoStore mongo;
    private MailSink mail;
    private MailPage mailPage;
    private volatile String demoUsers;

    private LocalStack(Builder builder) {
        this.repositoryRoot = builder.repositoryRoot.toAbsolutePath().normalize();
        this.dataDir = (builder.dataDir != null ? builder.dataDir : repositoryRoot.resolve("data"))
                .toAbsolutePath().normalize();
        this.ports = builder.ports;
        this.withServices = builder.services;
        this.external = builder.external;
        this.kafkaStartTimeout = builder.kafkaStartTimeout;
        this.serviceStartTimeout = builder.serviceStartTimeout;
        this.serviceJvmOptions = List.copyOf(builder.serviceJvmOptions);
        this.extraArguments = Map.copyOf(builder.extraArguments);
        this.console = builder.console;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts everything and returns when the infrastructure answers and every service reports UP on
     * {@code /actuator/health}. If anything fails, what was started is stopped again and a
     * {@link LocalStackException} says what went wrong (with the last log lines of a process that died).
     */
    public void start() {
        synchronized (lifecycle) {
            if (started || stopping) {
                throw new IllegalStateException("A LocalStack starts once; build a new one to start again");
            }
            started = true;
        }
        long begin = System.nanoTime();
        try {
            Map<String, Path> jars = requireJars();
            Files.createDirectories(dataDir);
            stopLeftoversOfEarlierRun();
            console.say("Data directory: " + dataDir);
            startInfrastructure();
            startIssuer(jars.get(DEV_ISSUER));
            if (withServices) {
                startServices(jars);
            }
            watchForUnexpectedExits();
            printSummary(begin);
        } catch (IOException e) {
            close();
            throw new LocalStackException("Could not prepare the data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startInfrastructure() {
        if (external.kafkaBootstrapServers().isEmpty()) {
            long begin = System.nanoTime();
            KafkaBroker broker = new KafkaBroker(dataDir, ports.kafka(), ports.kafkaController(),
                    kafkaClasspath(repositoryRoot), owner(), console);
            synchronized (lifecycle) {
                checkNotStopping();
                kafka = broker;
            }
            broker.start(kafkaStartTimeout);
            console.say("Kafka ready on " + broker.bootstrapServers() + " in " + seconds(begin) + " (log in "
                    + broker.logDir() + ")");
        } else {
            console.say("Using the Kafka at " + kafkaBootstrapServers());
        }
        if (external.mongoUri().isEmpty()) {
            MongoStore store = new MongoStore(dataDir, ports.mongo());
            synchronized (lifecycle) {
                checkNotStopping();
                mongo = store;
            }
            store.start();
            console.say("MongoDB-wire store ready on " + store.uri() + " (data in " + store.file() + ")");
        } else {
            console.say("Using the MongoDB at " + mongoUri());
        }
        if (external.smtpHost().isEmpty()) {
            MailSink sink = new MailSink(dataDir, ports.smtp());
            MailPage page = new MailPage(sink, ports.mailPage());
            synchronized (lifecycle) {
                checkNotStopping();
                mail = sink;
                mailPage = page;
            }
            sink.start();
            page.start();
            console.say("SMTP sink ready on localhost:" + ports.smtp() + ", mail page " + page.url()
                    + " (mail in " + sink.mailDir() + ")");
        } else {
            console.say("Using the SMTP server at " + smtpHost() + ":" + smtpPort());
        }
    }

    /**
     * The development issuer, before the services (they check tokens against it), unless an external issuer is
     * configured. Its signing key stays in {@code <data>/dev-issuer/jwk.json}.
     */
    private void startIssuer(Path jar) {
        if (external.issuerUri().isPresent()) {
            console.say("Using the OIDC issuer at " + issuerUrl() + " (the development issuer is not started)");
            return;
        }
        launch(DEV_ISSUER, jar);
        awaitHealthy(DEV_ISSUER);
        demoUsers = fetchDemoUsers();
        console.say("Development OIDC issuer ready on " + issuerUrl() + " (signing key in " + issuerKeyFile() + ")");
    }

    private void startServices(Map<String, Path> jars) {
        for (String service : SERVICES) {
            launch(service, jars.get(service));
        }
        for (String service : SERVICES) {
            awaitHealthy(service);
        }
        launch(GATEWAY, jars.get(GATEWAY));
        awaitHealthy(GATEWAY);
    }

    private void launch(String module, Path jar) {
        LocalStackPorts.requireFree(ports.http(module), module, "Is another local stack or the " + module
                + " already running (from an IDE perhaps)?");
        synchronized (lifecycle) {
            checkNotStopping();
            ChildProcess process = ChildProcess.start(module, serviceCommand(module, jar),
                    dataDir.resolve("run").resolve(module), dataDir.resolve("logs").resolve(module + ".log"),
                    console, line -> true);
            services.put(module, process);
        }
        console.say("Started " + module + " on port " + ports.http(module));
    }

    /** The command line of one service, the gateway or the development issuer. */
    List<String> serviceCommand(String module, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(serviceJvmOptions);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8"));
        command.addAll(owner());
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + ports.http(module));
        if (DEV_ISSUER.equals(module)) {
            // loopback only: POST /dev/tokens mints a token for anyone, which nobody on the network may reach
            command.add("--server.address=127.0.0.1");
            command.add("--dev-issuer.issuer=" + issuerUrl());
            command.add("--dev-issuer.key-file=" + issuerKeyFile());
            command.add("--dev-issuer.redirect-uris=" + gatewayUrl() + "/login/callback," + gatewayUrl() + "/");
            // the web UI, served by the gateway, fetches discovery, keys and tokens from its pages (CORS)
            command.add("--dev-issuer.allowed-origins=" + gatewayUrl());
            command.addAll(extraArguments.getOrDefault(module, List.of()));
            return command;
        }
        command.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUrl());
        if (external.issuerUri().isEmpty()) {
            command.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuerUrl() + "/oauth2/jwks");
        }
        if (GATEWAY.equals(module)) {
            for (String service : SERVICES) {
                command.add("--gateway.services." + service + "=" + serviceUrl(service));
            }
        } else {
            command.add("--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers());
            command.add("--spring.data.mongodb.uri=" + mongoUri(module));
            if (NOTIFICATION_SERVICE.equals(module)) {
                command.add("--spring.mail.host=" + smtpHost());
                command.add("--spring.mail.port=" + smtpPort());
                command.add("--notification.case-link-base=" + gatewayUrl() + "/cases/");
            }
            if (CASE_SERVICE.equals(module)) {
                // the subject access export gathers the notification service's part too
                command.add("--case.privacy.notification-service-url=" + serviceUrl(NOTIFICATION_SERVICE));
            }
        }
        command.addAll(extraArguments.getOrDefault(module, List.of()));
        return command;
    }

    private void awaitHealthy(String module) {
        ChildProcess process = services.get(module);
        long begin = System.nanoTime();
        long deadline = begin + serviceStartTimeout.toNanos();
        URI health = URI.create(serviceUrl(module) + "/actuator/health");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String lastAnswer = "no answer yet";
        while (true) {
            checkNotStopping();
            for (ChildProcess launched : services.values()) {
                if (!launched.isAlive()) {
                    throw new LocalStackException(launched.name() + " stopped while starting: " + launched.report());
                }
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    console.say(module + " is UP (" + seconds(begin) + ")");
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("Interrupted while waiting for " + module, e);
            }
            if (System.nanoTime() > deadline) {
                throw new LocalStackException(module + " did not report UP on " + health + " within "
                        + serviceStartTimeout.toSeconds() + " s (last answer: " + lastAnswer + "): "
                        + process.report());
            }
            sleep(500);
        }
    }

    private void watchForUnexpectedExits() {
        List<ChildProcess> watched = new ArrayList<>(services.values());
        if (kafka != null) {
            watched.add(kafka.process());
        }
        for (ChildProcess process : watched) {
            process.process().onExit().thenRun(() -> {
                if (!stopping) {
                    unexpectedExit.complete(process.name() + " stopped unexpectedly: " + process.report());
                }
            });
        }
    }

    private void printSummary(long begin) {
        console.say("Local stack is up in " + seconds(begin) + ".");
        if (withServices) {
            console.say(String.format(Locale.ROOT, "  %-22s %s", "Web UI and API", gatewayUrl()));
            for (String service : SERVICES) {
                console.say(String.format(Locale.ROOT, "  %-22s %s", service, serviceUrl(service)));
            }
        }
        console.say(String.format(Locale.ROOT, "  %-22s %s%s", "OIDC issuer", issuerUrl(),
                external.issuerUri().isPresent() ? " (external)" : " (development issuer, demo users below)"));
        if (mailPage != null) {
            console.say(String.format(Locale.ROOT, "  %-22s %s", "Mail page", mailPageUrl()));
        }
        console.say(String.format(Locale.ROOT, "  %-22s %s:%d", "SMTP", smtpHost(), smtpPort()));
        console.say(String.format(Locale.ROOT, "  %-22s %s", "Kafka bootstrap", kafkaBootstrapServers()));
        console.say(String.format(Locale.ROOT, "  %-22s %s", "MongoDB URI", mongoUri()));
        console.say(String.format(Locale.ROOT, "  %-22s %s", "Logs", dataDir.resolve("logs")));
        if (demoUsers != null) {
            console.say("Demo users (sign in through the web UI, or POST " + issuerUrl()
                    + "/dev/tokens {\"username\": \"demo-leader\"} for a token):");
            demoUsers.lines().forEach(line -> console.say("  " + line));
        }
    }

    /** The demo users as the development issuer lists them (text/plain table), or a note why not. */
    private String fetchDemoUsers() {
        URI users = URI.create(issuerUrl() + "/dev/users");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(users).header("Accept", "text/plain")
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            return "(" + users + " answered " + response.statusCode() + ")\n";
        } catch (IOException e) {
            return "(could not list them from " + users + ": " + e + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while asking the issuer for its demo users", e);
        }
    }

    // ---- what a test or a developer needs to know -------------------------------------------------------------

    /** {@code http://localhost:<gateway port>}: the one entry point. */
    public String gatewayUrl() {
        return serviceUrl(GATEWAY);
    }

    /**
     * {@code http://localhost:<port>} of a service ({@link #SERVICES}), of the {@link #GATEWAY} or of the
     * {@link #DEV_ISSUER}.
     */
    public String serviceUrl(String module) {
        return "http://localhost:" + ports.http(module);
    }

    /**
     * The OIDC issuer every service and the gateway trust: the external one when configured, else the development
     * issuer at {@code http://localhost:<issuer port>} (JWKS at {@code /oauth2/jwks}, discovery at
     * {@code /.well-known/openid-configuration}, tokens for tests at {@code POST /dev/tokens}).
     */
    public String issuerUrl() {
        return external.issuerUri().orElseGet(() -> serviceUrl(DEV_ISSUER));
    }

    /**
     * The demo users of the development issuer as the table it prints (username, password, role, board, school,
     * name, sub); empty with an external issuer or before the start.
     */
    public Optional<String> demoUsers() {
        return Optional.ofNullable(demoUsers);
    }

    /** Where the development issuer keeps its signing key (a private JWK), so tokens survive a restart. */
    public Path issuerKeyFile() {
        return dataDir.resolve(DEV_ISSUER).resolve("jwk.json");
    }

    public String kafkaBootstrapServers() {
        return external.kafkaBootstrapServers().orElseGet(() -> "localhost:" + ports.kafka());
    }

    /** The MongoDB connection string without a database (external or embedded). */
    public String mongoUri() {
        return external.mongoUri().orElseGet(() -> "mongodb://localhost:" + ports.mongo());
    }

    /** The connection string a service gets: {@link #mongoUri()} with the service's database. */
    public String mongoUri(String service) {
        String database = DATABASES.get(service);
        if (database == null) {
            throw new IllegalArgumentException("Unknown service: " + service);
        }
        return MongoUris.withDatabase(mongoUri(), database);
    }

    public String smtpHost() {
        return external.smtpHost().orElse("localhost");
    }

    public int smtpPort() {
        return external.smtpPort().orElse(ports.smtp());
    }

    /** {@code http://localhost:<port>}: the page that lists received mail. */
    public String mailPageUrl() {
        return "http://localhost:" + ports.mailPage();
    }

    /** Mail received by the embedded SMTP sink, this run and earlier runs on the same data dir, oldest first. */
    public List<ReceivedMail> receivedMail() {
        return requireMailSink().receivedMail();
    }

    /** The embedded GreenMail (SMTP only); it holds this run's mail in memory. */
    public GreenMail greenMail() {
        return requireMailSink().greenMail();
    }

    public LocalStackPorts ports() {
        return ports;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path repositoryRoot() {
        return repositoryRoot;
    }

    /** Completes (with a report and the last log lines) when a child process stops without being asked to. */
    public CompletableFuture<String> unexpectedExit() {
        return unexpectedExit;
    }

    private MailSink requireMailSink() {
        MailSink sink = mail;
        if (sink == null) {
            throw new IllegalStateException(external.smtpHost().isPresent()
                    ? "Mail goes to the external SMTP server " + smtpHost() + ":" + smtpPort() + ", not to the stack"
                    : "The local stack is not running");
        }
        return sink;
    }

    // ---- stopping ---------------------------------------------------------------------------------------------

    /**
     * Stops everything in reverse order: gateway, services and development issuer, mail, MongoDB store, Kafka. Safe
     * to call twice.
     */
    @Override
    public void close() {
        List<ChildProcess> toStop;
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(services.values());
        }
        long begin = System.nanoTime();
        boolean anything = !toStop.isEmpty() || kafka != null || mongo != null || mail != null;
        if (anything) {
            console.say("Stopping the local stack...");
        }
        Collections.reverse(toStop);
        ChildProcess gateway = services.get(GATEWAY);
        if (gateway != null) {
            gateway.stop(Duration.ofSeconds(20));
            toStop.remove(gateway);
        }
        toStop.forEach(ChildProcess::requestStop);
        toStop.forEach(process -> process.stop(Duration.ofSeconds(20)));
        quietly(() -> {
            if (mailPage != null) {
                mailPage.close();
            }
        });
        quietly(() -> {
            if (mail != null) {
                mail.close();
            }
        });
        quietly(() -> {
            if (mongo != null) {
                mongo.close();
            }
        });
        if (kafka != null) {
            kafka.close();
        }
        if (anything) {
            console.say("Stopped in " + seconds(begin) + ".");
        }
    }

    private void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            console.say("While stopping: " + e);
        }
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new LocalStackException("The local stack is stopping");
        }
    }

    // ---- where things are ---------------------------------------------------------------------------------------

    /**
     * The jars of the processes this stack starts: the development issuer (unless an external issuer is used) and,
     * with services, the services and the gateway. Fails before anything starts when one is not built.
     */
    private Map<String, Path> requireJars() {
        List<String> modules = new ArrayList<>();
        if (external.issuerUri().isEmpty()) {
            modules.add(DEV_ISSUER);
        }
        if (withServices) {
            modules.addAll(SERVICES);
            modules.add(GATEWAY);
        }
        Map<String, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String module : modules) {
            Path jar = repositoryRoot.resolve(module).resolve("target").resolve(module + ".jar");
            jars.put(module, jar);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new LocalStackException("Not built yet: " + String.join(", ", missing)
                    + ". Build with ./mvnw -q -DskipTests package (./run-local does this).");
        }
        return jars;
    }

    /**
     * The classpath of the Kafka child process: {@code local-stack/target/lib/*} (written by
     * {@code mvn package}), else this JVM's classpath if it holds the Kafka broker jar.
     */
    static String kafkaClasspath(Path repositoryRoot) {
        Path lib = repositoryRoot.resolve("local-stack").resolve("target").resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                if (jars.anyMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"))) {
                    return lib.toAbsolutePath() + File.separator + "*";
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String own = System.getProperty("java.class.path", "");
        if (Arrays.stream(own.split(File.pathSeparator))
                .anyMatch(entry -> Path.of(entry).getFileName() != null
                        && Path.of(entry).getFileName().toString().startsWith("kafka_2.13-"))) {
            return own;
        }
        throw new LocalStackException("The Kafka broker jars are not in " + lib
                + ". Build them with ./mvnw -q -pl local-stack package -DskipTests (./run-local does this).");
    }

    static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java");
        return java.toString();
    }

    /**
     * The repository root: the first directory, from where this class was loaded and then from the working
     * directory upwards, that holds {@code mvnw} and {@code local-stack/}.
     */
    public static Path findRepositoryRoot() {
        List<Path> starts = new ArrayList<>();
        try {
            var source = LocalStack.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                starts.add(Path.of(source.getLocation().toURI()));
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException ignored) {
            // fall back to the working directory
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-stack"))) {
                    return dir;
                }
            }
        }
        throw new LocalStackException("Cannot find the repository root (a directory with mvnw and local-stack/) "
                + "from " + starts + "; pass it with LocalStack.builder().repositoryRoot(...)");
    }

    /** Marks our child processes, so that ones left behind by a killed earlier run can be found. */
    private List<String> owner() {
        return List.of(OWNER_PROPERTY + dataDir);
    }

    /**
     * A stack killed hard (kill -9, a crashed IDE) leaves its children running; they hold the ports and the
     * Kafka log. They carry {@code -Dlocal-stack.owner=<this data dir>}: stop them before starting again.
     */
    private void stopLeftoversOfEarlierRun() {
        String marker = OWNER_PROPERTY + dataDir;
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(handle -> handle.pid() != self)
                .filter(handle -> handle.info().arguments()
                        .map(arguments -> Arrays.asList(arguments).contains(marker)).orElse(false))
                .toList();
        for (ProcessHandle leftover : leftovers) {
            console.say("Stopping process " + leftover.pid() + ", left running by an earlier local stack on "
                    + dataDir);
            leftover.destroy();
        }
        for (ProcessHandle leftover : leftovers) {
            try {
                leftover.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                leftover.destroyForcibly();
            }
        }
    }

    private static String seconds(long sinceNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - sinceNanos) / 1e9);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted", e);
        }
    }

    /** How to build a {@link LocalStack}; every setting has a default for the one-command local run. */
    public static final class Builder {

        private Path repositoryRoot;
        private Path dataDir;
        private LocalStackPorts ports = LocalStackPorts.defaults();
        private boolean services = true;
        private ExternalServers external = ExternalServers.none();
        private Duration kafkaStartTimeout = Duration.ofSeconds(120);
        private Duration serviceStartTimeout = Duration.ofSeconds(240);
        private List<String> serviceJvmOptions = DEFAULT_SERVICE_JVM_OPTIONS;
        private final Map<String, List<String>> extraArguments = new HashMap<>();
        private Console console;

        private Builder() {
        }

        /** Where the modules' {@code target/*.jar} and {@code local-stack/target/lib} are; found when not set. */
        public Builder repositoryRoot(Path repositoryRoot) {
            this.repositoryRoot = Objects.requireNonNull(repositoryRoot);
            return this;
        }

        /** Where all data and logs go; default {@code <repository root>/data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir);
            return this;
        }

        /** The fixed project ports (the default): Kafka 9092/9093, MongoDB 27017, SMTP 2525, mail 8025, ... */
        public Builder defaultPorts() {
            this.ports = LocalStackPorts.defaults();
            return this;
        }

        /** Every port free, chosen now: for tests next to other stacks and services. */
        public Builder freePorts() {
            this.ports = LocalStackPorts.free();
            return this;
        }

        /** These ports, e.g. those of an earlier stack on the same data dir. */
        public Builder ports(LocalStackPorts ports) {
            this.ports = Objects.requireNonNull(ports);
            return this;
        }

        /**
         * {@code false}: only Kafka, MongoDB, SMTP and the development issuer (to run the services from an IDE, or to
         * test the stack).
         */
        public Builder services(boolean services) {
            this.services = services;
            return this;
        }

        public Builder externalKafka(String bootstrapServers) {
            this.external = external.withKafka(bootstrapServers);
            return this;
        }

        public Builder externalMongo(String uri) {
            this.external = external.withMongo(uri);
            return this;
        }

        public Builder externalSmtp(String host, int port) {
            this.external = external.withSmtp(host, port);
            return this;
        }

        /**
         * The issuer URL of an OIDC provider (e.g. the board's own) for every service and the gateway; the development
         * issuer is then not started.
         */
        public Builder externalIssuer(String issuerUri) {
            this.external = external.withIssuer(issuerUri);
            return this;
        }

        /**
         * Uses the servers named by {@code KAFKA_BOOTSTRAP_SERVERS} / {@code SPRING_KAFKA_BOOTSTRAP_SERVERS} (or the
         * system property {@code spring.kafka.bootstrap-servers}), {@code SPRING_DATA_MONGODB_URI},
         * {@code SPRING_MAIL_HOST} / {@code SPRING_MAIL_PORT}, {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI}
         * instead of embedded ones. See {@link ExternalServers}.
         */
        public Builder externalServersFromEnvironment() {
            ExternalServers found = ExternalServers.fromEnvironment();
            found.kafkaBootstrapServers().ifPresent(this::externalKafka);
            found.mongoUri().ifPresent(this::externalMongo);
            found.smtpHost().ifPresent(host -> externalSmtp(host, found.smtpPort().orElse(25)));
            found.issuerUri().ifPresent(this::externalIssuer);
            return this;
        }

        public Builder kafkaStartTimeout(Duration timeout) {
            this.kafkaStartTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** How long each service (and the gateway) may take to report UP; default 240 s. */
        public Builder serviceStartTimeout(Duration timeout) {
            this.serviceStartTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** JVM options of the service processes instead of {@link #DEFAULT_SERVICE_JVM_OPTIONS}. */
        public Builder serviceJvmOptions(List<String> options) {
            this.serviceJvmOptions = List.copyOf(options);
            return this;
        }

        /**
         * More program arguments for one service, the gateway or the development issuer, e.g.
         * {@code "--logging.level.root=WARN"}.
         */
        public Builder serviceArguments(String module, String... arguments) {
            if (!SERVICES.contains(module) && !GATEWAY.equals(module) && !DEV_ISSUER.equals(module)) {
                throw new IllegalArgumentException("Unknown service: " + module);
            }
            extraArguments.computeIfAbsent(module, ignored -> new ArrayList<>()).addAll(List.of(arguments));
            return this;
        }

        /** Where the stack's own lines and the processes' tagged output go; default standard out. */
        public Builder output(PrintStream out) {
            this.console = Console.forTerminal(out);
            return this;
        }

        public LocalStack build() {
            if (repositoryRoot == null) {
                repositoryRoot = findRepositoryRoot();
            }
            if (console == null) {
                console = Console.forTerminal(System.out);
            }
            return new LocalStack(this);
        }
    }
}
