package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node) as a child JVM, run from the Kafka jars
 * in {@code local-stack/target/lib}. Its log (topics, consumer offsets, cluster metadata) lives in
 * {@code <data>/kafka/log}; the storage is formatted once with a cluster id that is kept in
 * {@code <data>/kafka/cluster.id}, so a second start finds everything again.
 */
final class KafkaBroker implements AutoCloseable {

    static final String NAME = "kafka";
    /** Warnings a healthy single-node broker gives on its first start and on every stop. */
    private static final String[] HARMLESS_WARNINGS = {
        "Performing controller activation",
        "Attempting to close NetworkClient that has already been closed"};

    private final Path kafkaDir;
    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final List<String> jvmMarker;
    private final Path logsDir;
    private final Console console;
    private ChildProcess process;

    KafkaBroker(Path dataDir, int port, int controllerPort, String classpath, List<String> jvmMarker,
                Console console) {
        this.kafkaDir = dataDir.resolve("kafka");
        this.logDir = kafkaDir.resolve("log");
        this.logsDir = dataDir.resolve("logs");
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = classpath;
        this.jvmMarker = jvmMarker;
        this.console = console;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    ChildProcess process() {
        return process;
    }

    void start(Duration timeout) {
        LocalStackPorts.requireFree(port, "Kafka", "Is another local stack or a Kafka running? Stop it, or use it "
                + "by setting KAFKA_BOOTSTRAP_SERVERS.");
        LocalStackPorts.requireFree(controllerPort, "Kafka controller", "Is another local stack running?");
        try {
            Files.createDirectories(logDir);
            Path config = writeServerProperties();
            formatOnce(config);
            process = ChildProcess.start(NAME, command("kafka.Kafka", config.toString()), kafkaDir,
                    logsDir.resolve("kafka.log"), console, ChildProcess.warningsOnly(HARMLESS_WARNINGS));
            awaitReady(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while starting Kafka", e);
        }
    }

    private Path writeServerProperties() throws IOException {
        Properties server = new Properties();
        server.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                // as many as case-service asks for case-events, so a topic auto-created by an early consumer matches
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("offsets.topic.replication.factor", "1"),
                // 50 (the default) is for clusters; a first consumer group would wait for all of them
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("min.insync.replicas", "1"),
                // a consumer group of one need not wait 3 s for others to join
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        Path config = kafkaDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            server.store(out, "Written by local-stack on every start; edits are overwritten");
        }
        return config;
    }

    private void formatOnce(Path config) throws IOException, InterruptedException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = clusterId();
        console.say("Formatting the Kafka log in " + logDir + " (cluster id " + clusterId + ")");
        ChildProcess format = ChildProcess.start(NAME + "-format",
                command("kafka.tools.StorageTool", "format", "--config", config.toString(),
                        "--cluster-id", clusterId, "--ignore-formatted"),
                kafkaDir, logsDir.resolve("kafka-format.log"), console, ChildProcess.warningsOnly());
        int exit = format.waitFor(Duration.ofSeconds(120));
        if (exit != 0) {
            throw new LocalStackException("Formatting the Kafka log failed: " + format.report());
        }
    }

    /** The id this data dir's cluster was (or will be) formatted with; made once and kept. */
    private String clusterId() throws IOException {
        Path file = kafkaDir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + System.lineSeparator(), StandardCharsets.UTF_8);
        return id;
    }

    private List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(JarLocator.javaExecutable());
        // a development broker with a handful of topics needs little: a small heap and the quick compiler
        command.addAll(List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                // the slf4j binding in target/lib is slf4j-simple: one line per event, to the pumped stderr
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info"));
        command.addAll(jvmMarker);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!accepts(port)) {
            if (!process.isAlive()) {
                throw new LocalStackException("Kafka stopped while starting: " + process.report());
            }
            if (System.nanoTime() > deadline) {
                throw new LocalStackException("Kafka did not open port " + port + " within " + timeout.toSeconds()
                        + " s: " + process.report());
            }
            Thread.sleep(200);
        }
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin client = Admin.create(admin)) {
            while (true) {
                try {
                    int nodes = client.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                            .nodes().get(6, TimeUnit.SECONDS).size();
                    if (nodes > 0) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new LocalStackException("Kafka did not answer describeCluster within "
                                + timeout.toSeconds() + " s: " + process.report(), e);
                    }
                }
                Thread.sleep(200);
            }
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** Where the broker keeps its log (topics, offsets, cluster metadata). */
    Path logDir() {
        return logDir;
    }
}
