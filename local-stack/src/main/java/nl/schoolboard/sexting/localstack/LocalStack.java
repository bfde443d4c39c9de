package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;

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
 *
 * <p>This class holds the order of things and what a test asks about; the parts are elsewhere: what each process
 * gets ({@link Wiring}), starting and stopping them ({@link ServiceLauncher}, {@link HealthWait}), Kafka, MongoDB and
 * mail ({@link Infrastructure}), the jars ({@link JarLocator}), processes of an earlier run ({@link Leftovers}) and
 * the block printed at the end ({@link Summary}).
 */
public final class LocalStack implements AutoCloseable {

    public static final String CASE_SERVICE = Wiring.CASE_SERVICE;
    public static final String NOTIFICATION_SERVICE = Wiring.NOTIFICATION_SERVICE;
    public static final String PREVENTION_SERVICE = Wiring.PREVENTION_SERVICE;
    public static final String GATEWAY = Wiring.GATEWAY;
    /** The development OIDC issuer (Spring Authorization Server with demo users); started before the services. */
    public static final String DEV_ISSUER = Wiring.DEV_ISSUER;
    /** The services, in start order; the gateway starts after them. */
    public static final List<String> SERVICES = Wiring.SERVICES.stream().map(ServiceDefinition::module).toList();
    /** The MongoDB database of each service (as in the services' own application.yml). */
    public static final Map<String, String> DATABASES = Wiring.DATABASES;
    /**
     * JVM options of the service and gateway processes unless {@link Builder#serviceJvmOptions} says otherwise: a
     * stack for one developer or one test run, where start-up and memory count more than peak throughput. The quick
     * compiler only and the serial collector; a 256 MiB heap, smaller thread stacks and code cache (measured in
     * docs/benchmarks.md, run N: the whole stack 2,498 → 1,888 MiB with the other settings of that run).
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k",
            "-XX:ReservedCodeCacheSize=48m", "-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private final Path repositoryRoot;
    private final StackAddresses addresses;
    private final boolean withServices;
    private final Console console;
    private final Lifecycle lifecycle = new Lifecycle();
    private final JarLocator jars;
    private final Infrastructure infrastructure;
    private final ServiceLauncher launcher;
    private final Summary summary;
    private final CompletableFuture<String> unexpectedExit = new CompletableFuture<>();
    /** Processes the stack (or a test through it) stops on purpose while running: their exit is no surprise. */
    private final Set<String> stoppedOnPurpose = ConcurrentHashMap.newKeySet();
    private Map<String, Path> jarsInUse = Map.of();
    private volatile String demoUsers;

    private LocalStack(Builder builder) {
        this.repositoryRoot = builder.repositoryRoot.toAbsolutePath().normalize();
        Path dataDir = (builder.dataDir != null ? builder.dataDir : repositoryRoot.resolve("data"))
                .toAbsolutePath().normalize();
        this.addresses = new StackAddresses(builder.ports, builder.external, dataDir,
                LocalStackPorts.moreFree(builder.instances));
        this.withServices = builder.services;
        this.console = builder.console;
        this.jars = new JarLocator(repositoryRoot);
        this.infrastructure = new Infrastructure(addresses, jars, builder.kafkaStartTimeout, builder.mongoInMemory,
                console, lifecycle);
        this.launcher = new ServiceLauncher(addresses, builder.serviceJvmOptions, builder.extraArguments, console,
                lifecycle, new HealthWait(builder.serviceStartTimeout, console, lifecycle::checkNotStopping));
        this.summary = new Summary(addresses, console);
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
        lifecycle.begin();
        long begin = System.nanoTime();
        try {
            Map<String, Path> built = jars.requireJars(processesToStart().stream().map(ServiceDefinition::module)
                    .toList());
            jarsInUse = built;
            Files.createDirectories(dataDir());
            Leftovers.stopThoseOf(dataDir(), console);
            console.say("Data directory: " + dataDir());
            infrastructure.start();
            startIssuer(built);
            if (withServices) {
                launcher.start(Wiring.SERVICES_AND_GATEWAY, built);
            }
            watchForUnexpectedExits();
            summary.print(begin, withServices, infrastructure.hasMailPage(), demoUsers);
        } catch (IOException e) {
            close();
            throw new LocalStackException("Could not prepare the data directory " + dataDir() + ": " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The development issuer (unless an external one is used) and, with services, the services and the gateway. */
    private List<ServiceDefinition> processesToStart() {
        List<ServiceDefinition> processes = new ArrayList<>();
        if (addresses.usesDevelopmentIssuer()) {
            processes.add(Wiring.DEVELOPMENT_ISSUER);
        }
        if (withServices) {
            processes.addAll(Wiring.SERVICES_AND_GATEWAY);
        }
        return processes;
    }

    /**
     * The development issuer, before the services (they check tokens against it), unless an external issuer is
     * configured. Its signing key stays in {@code <data>/dev-issuer/jwk.json}.
     */
    private void startIssuer(Map<String, Path> built) {
        if (!addresses.usesDevelopmentIssuer()) {
            console.say("Using the OIDC issuer at " + issuerUrl() + " (the development issuer is not started)");
            return;
        }
        launcher.start(List.of(Wiring.DEVELOPMENT_ISSUER), built);
        demoUsers = summary.fetchDemoUsers();
        console.say("Development OIDC issuer ready on " + issuerUrl() + " (signing key in " + issuerKeyFile() + ")");
    }

    /** The command line of one service, the gateway or the development issuer. */
    List<String> serviceCommand(String module, Path jar) {
        return launcher.command(Wiring.definition(module), jar);
    }

    private void watchForUnexpectedExits() {
        List<ChildProcess> watched = new ArrayList<>(launcher.processes());
        infrastructure.kafkaProcess().ifPresent(watched::add);
        for (ChildProcess process : watched) {
            process.process().onExit().thenRun(() -> {
                if (!lifecycle.isStopping() && !stoppedOnPurpose.contains(process.name())) {
                    unexpectedExit.complete(process.name() + " stopped unexpectedly: " + process.report());
                }
            });
        }
    }

    // ---- faults, for tests that show the system survives them ---------------------------------------------------

    /**
     * The names of the running instances of a service: the module's name, then {@code <module>-2}, ... as many as
     * {@link Builder#instances} asked for.
     */
    public List<String> instanceNames(String module) {
        return addresses.instances(module).stream().map(ServiceInstance::name).toList();
    }

    /** Kills one instance with SIGKILL, as a crash would (no shutdown of any kind). */
    public void kill(String instanceName) {
        stoppedOnPurpose.add(instanceName);
        launcher.kill(instanceName);
        console.say("Killed " + instanceName + " (SIGKILL)");
    }

    /** Starts a killed instance again, same port and wiring, and returns once it reports UP. */
    public void restart(String instanceName) {
        lifecycle.checkNotStopping();
        launcher.restart(instanceName, jarsInUse);
    }

    /** Stops the embedded Kafka broker; producers and consumers wait for it (or fail) until {@link #restartKafka}. */
    public void stopKafka() {
        stoppedOnPurpose.add(KafkaBroker.NAME);
        infrastructure.stopKafka();
        console.say("Stopped Kafka");
    }

    /** Starts the embedded Kafka broker again, with its log as it was. */
    public void restartKafka() {
        lifecycle.checkNotStopping();
        infrastructure.restartKafka();
    }

    // ---- what a test or a developer needs to know -------------------------------------------------------------

    /** {@code http://localhost:<gateway port>}: the one entry point. */
    public String gatewayUrl() {
        return addresses.gatewayUrl();
    }

    /**
     * {@code http://localhost:<port>} of a service ({@link #SERVICES}), of the {@link #GATEWAY} or of the
     * {@link #DEV_ISSUER}.
     */
    public String serviceUrl(String module) {
        return addresses.serviceUrl(module);
    }

    /**
     * The OIDC issuer every service and the gateway trust: the external one when configured, else the development
     * issuer at {@code http://localhost:<issuer port>} (JWKS at {@code /oauth2/jwks}, discovery at
     * {@code /.well-known/openid-configuration}, tokens for tests at {@code POST /dev/tokens}).
     */
    public String issuerUrl() {
        return addresses.issuerUrl();
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
        return addresses.issuerKeyFile();
    }

    public String kafkaBootstrapServers() {
        return addresses.kafkaBootstrapServers();
    }

    /** The MongoDB connection string without a database (external or embedded). */
    public String mongoUri() {
        return addresses.mongoUri();
    }

    /** The connection string a service gets: {@link #mongoUri()} with the service's database. */
    public String mongoUri(String service) {
        return addresses.mongoUri(service);
    }

    public String smtpHost() {
        return addresses.smtpHost();
    }

    public int smtpPort() {
        return addresses.smtpPort();
    }

    /** {@code http://localhost:<port>}: the page that lists received mail. */
    public String mailPageUrl() {
        return addresses.mailPageUrl();
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
        return addresses.ports();
    }

    public Path dataDir() {
        return addresses.dataDir();
    }

    public Path repositoryRoot() {
        return repositoryRoot;
    }

    /** Completes (with a report and the last log lines) when a child process stops without being asked to. */
    public CompletableFuture<String> unexpectedExit() {
        return unexpectedExit;
    }

    private MailSink requireMailSink() {
        return infrastructure.mailSink().orElseThrow(() -> new IllegalStateException(
                addresses.external().smtpHost().isPresent()
                        ? "Mail goes to the external SMTP server " + smtpHost() + ":" + smtpPort() + ", not to the stack"
                        : "The local stack is not running"));
    }

    /**
     * The repository root: the first directory, from where this class was loaded and then from the working
     * directory upwards, that holds {@code mvnw} and {@code local-stack/}.
     */
    public static Path findRepositoryRoot() {
        return JarLocator.findRepositoryRoot();
    }

    // ---- stopping ---------------------------------------------------------------------------------------------

    /**
     * Stops everything in reverse order: gateway, services and development issuer, mail, MongoDB store, Kafka. Safe
     * to call twice.
     */
    @Override
    public void close() {
        if (!lifecycle.beginStopping()) {
            return;
        }
        long begin = System.nanoTime();
        boolean anything = launcher.anyRunning() || infrastructure.anyRunning();
        if (anything) {
            console.say("Stopping the local stack...");
        }
        launcher.stopAll();
        infrastructure.stop();
        if (anything) {
            console.say("Stopped in " + Durations.since(begin) + ".");
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
        private boolean mongoInMemory;
        private Duration serviceStartTimeout = Duration.ofSeconds(240);
        private List<String> serviceJvmOptions = DEFAULT_SERVICE_JVM_OPTIONS;
        private final Map<String, List<String>> extraArguments = new HashMap<>();
        private final Map<String, Integer> instances = new HashMap<>();
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

        /**
         * Keeps the embedded MongoDB-wire store in memory instead of in its file under the data directory: nothing
         * survives a stop. For measuring on a large history, where the file store spends its time deserialising.
         */
        public Builder mongoInMemory() {
            this.mongoInMemory = true;
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
            Wiring.definition(module); // fails for a module the stack does not start
            extraArguments.computeIfAbsent(module, ignored -> new ArrayList<>()).addAll(List.of(arguments));
            return this;
        }

        /**
         * Runs {@code count} instances of a service instead of one (each on a free port, the first on the service's
         * own); the gateway balances over them. For tests of what two of everything does.
         */
        public Builder instances(String module, int count) {
            if (!Wiring.SERVICES.contains(Wiring.definition(module))) {
                throw new IllegalArgumentException("Only a service runs more than once, not " + module);
            }
            if (count < 1) {
                throw new IllegalArgumentException("At least one instance, not " + count);
            }
            instances.put(module, count);
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
