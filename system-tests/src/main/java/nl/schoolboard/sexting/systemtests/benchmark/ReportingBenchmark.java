package nl.schoolboard.sexting.systemtests.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.systemtests.GatewayClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reports N incidents through the gateway with C concurrent clients and prints throughput, p50/p99 command latency,
 * and p50/p99 time from "command accepted" to "notification-service acted on the integration event" (the moment in
 * its NotificationSent event: the mail server accepted the care-staff mail). The baseline later work is measured
 * against. Starts its own local stack in a fresh directory unless {@code --gateway} and {@code --kafka} point at a
 * running one.
 *
 * <pre>./benchmark --reports 500 --clients 8</pre>
 */
public final class ReportingBenchmark {

    public static void main(String[] args) throws Exception {
        // with --gateway, give --issuer too (a development issuer that mints tokens on POST /dev/tokens)
        Map<String, String> options = options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "300"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        LocalStack stack = null;
        String gateway = options.get("gateway");
        String kafka = options.get("kafka");
        String issuer = options.getOrDefault("issuer", "http://localhost:9000");
        if (gateway == null) {
            Path data = Files.createTempDirectory("benchmark-stack");
            stack = LocalStack.builder().dataDir(data).freePorts().build();
            stack.start();
            gateway = stack.gatewayUrl();
            kafka = stack.kafkaBootstrapServers();
            issuer = stack.issuerUrl();
        } else if (kafka == null) {
            throw new IllegalArgumentException("with --gateway, also give --kafka (bootstrap servers)");
        }
        try {
            run(gateway, kafka, issuer, reports, clients);
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
        System.exit(0);
    }

    private static void run(String gateway, String kafka, String issuer, int reports, int clients) throws Exception {
        String school = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        List<Long> commandMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        Map<Integer, Integer> refusals = new ConcurrentHashMap<>();

        try (KafkaConsumer<String, byte[]> notifications = notificationsFromNow(kafka)) {
            GatewayClient client = GatewayClient.signedIn(gateway, issuer, "bench-user", "SCHOOL_LEADER", "bench-board",
                    List.of(school));
            // one warm-up report so that the first measured one does not pay for class loading and connections
            client.post("/api/cases", GatewayClient.incidentReport(school, "P-0", "P-1"), Map.of());

            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                // one staff member per client: the gateway limits requests per user, as it should
                GatewayClient user = GatewayClient.signedIn(gateway, issuer, "bench-user-" + c, "SCHOOL_LEADER",
                        "bench-board", List.of(school));
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < reports) {
                        long sent = System.nanoTime();
                        GatewayClient.Response response = user.post("/api/cases",
                                GatewayClient.incidentReport(school, "P-1", "P-2"), Map.of());
                        long done = System.nanoTime();
                        if (response.status() != 201) {
                            failures.incrementAndGet();
                            refusals.merge(response.status(), 1, Integer::sum);
                            continue;
                        }
                        commandMillis.add((done - sent) / 1_000_000);
                        acceptedAt.put(response.json().get("caseId").asText(), System.currentTimeMillis());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();

            List<Long> toNotification = new ArrayList<>();
            int accepted = acceptedAt.size();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (toNotification.size() < accepted && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : notifications.poll(Duration.ofMillis(250))) {
                    JsonNode event = CaseEventJson.mapper().readTree(record.value());
                    if (!"NotificationSent".equals(event.path("type").asText())) {
                        continue;
                    }
                    Long acceptedMillis = acceptedAt.remove(event.path("caseId").asText());
                    if (acceptedMillis != null) {
                        long actedAt = Instant.parse(event.path("occurredAt").asText()).toEpochMilli();
                        toNotification.add(Math.max(0, actedAt - acceptedMillis));
                    }
                }
            }

            System.out.println();
            System.out.printf("reports: %d with %d concurrent clients, %d refused %s%n", reports, clients, failures.get(),
                    refusals.isEmpty() ? "" : "(by status: " + refusals + ")");
            System.out.printf("throughput: %.1f reports/s (%.1f s)%n", commandMillis.size() / seconds, seconds);
            System.out.printf("command latency (POST /api/cases through the gateway): p50 %d ms, p99 %d ms%n",
                    percentile(commandMillis, 50), percentile(commandMillis, 99));
            System.out.printf("accepted -> notification-service mailed care staff: p50 %d ms, p99 %d ms (%d of %d seen)%n",
                    percentile(toNotification, 50), percentile(toNotification, 99), toNotification.size(), accepted);
        }
    }

    private static KafkaConsumer<String, byte[]> notificationsFromNow(String kafka) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(30))
                .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    static long percentile(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static Map<String, String> options(String[] args) throws IOException {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
