package nl.schoolboard.sexting.systemtests.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.systemtests.GatewayClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reports arriving at a fixed rate (open loop: the next report goes out on time however slow the last answer is),
 * and how long after each 201 its consequences appear:
 * <ul>
 *   <li>the event on Kafka: when a consumer of {@value Topics#CASE_EVENTS} first sees the case's report;</li>
 *   <li>the care-staff mail accepted by the SMTP server: the moment in notification-service's first
 *       {@code NotificationSent} for the case;</li>
 *   <li>the prevention activity planned: the moment in prevention-service's {@code PreventionActivityPlanned} for
 *       the case;</li>
 *   <li>the audit entry: when the report's entry is first seen in case-service's audit trail, polled every 250 ms
 *       (so this figure is up to 250 ms late; the local stack's store answers the poll by scanning the trail, so a
 *       shorter interval would load the store it measures).</li>
 * </ul>
 */
final class Freshness {

    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final int USERS = 4;
    private static final Duration AUDIT_POLL = Duration.ofMillis(250);

    record Result(int sent, int accepted, double achievedRate, Samples toKafka, Samples toMail, Samples toPrevention,
                  Samples toAudit) {
    }

    static Result measure(Stack stack, double rate, int seconds) throws Exception {
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        Map<String, Long> onKafka = new ConcurrentHashMap<>();
        Map<String, Long> mailed = new ConcurrentHashMap<>();
        Map<String, Long> planned = new ConcurrentHashMap<>();
        Map<String, Long> audited = new ConcurrentHashMap<>();
        ExecutorService watchers = Executors.newFixedThreadPool(2);
        AtomicInteger watching = new AtomicInteger(1);
        try (KafkaConsumer<String, byte[]> topics = fromNow(stack.kafka(), List.of(Topics.CASE_EVENTS,
                Topics.NOTIFICATION_EVENTS, Topics.PREVENTION_EVENTS));
             MongoClient mongo = MongoClients.create(stack.caseServiceMongoUri())) {
            MongoCollection<Document> trail = mongo.getDatabase(databaseOf(stack.caseServiceMongoUri()))
                    .getCollection("audit_trail");
            watchers.submit(() -> watchKafka(topics, watching, onKafka, mailed, planned));
            watchers.submit(() -> watchAudit(trail, watching, audited));

            List<GatewayClient> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                users.add(stack.schoolLeader("bench-reporter-" + u));
            }
            int total = (int) Math.round(rate * seconds);
            ExecutorService senders = Executors.newCachedThreadPool();
            AtomicInteger sent = new AtomicInteger();
            long periodNanos = (long) (1e9 / rate);
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                GatewayClient user = users.get(i % USERS);
                senders.submit(() -> {
                    sent.incrementAndGet();
                    GatewayClient.Response response = user.post("/api/cases",
                            GatewayClient.incidentReport(stack.school(), "P-1", "P-2"), Map.of());
                    if (response.status() == 201) {
                        acceptedAt.put(response.json().get("caseId").asText(), System.currentTimeMillis());
                    }
                });
            }
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            double achieved = sent.get() / ((System.nanoTime() - start) / 1e9);

            Instant deadline = Instant.now().plus(SETTLE);
            while (Instant.now().isBefore(deadline) && !allSeen(acceptedAt, onKafka, mailed, planned, audited)) {
                Thread.sleep(200);
            }
            watching.set(0);
            watchers.shutdown();
            watchers.awaitTermination(10, TimeUnit.SECONDS);
            return new Result(total, acceptedAt.size(), achieved, delays(acceptedAt, onKafka),
                    delays(acceptedAt, mailed), delays(acceptedAt, planned), delays(acceptedAt, audited));
        }
    }

    private static boolean allSeen(Map<String, Long> accepted, List<Map<String, Long>> seen) {
        return seen.stream().allMatch(moments -> moments.keySet().containsAll(accepted.keySet()));
    }

    @SafeVarargs
    private static boolean allSeen(Map<String, Long> accepted, Map<String, Long>... seen) {
        return allSeen(accepted, List.of(seen));
    }

    /** From the 201 to the moment seen; a moment before the 201 (the answer was slower than the relay) counts 0. */
    private static Samples delays(Map<String, Long> acceptedAt, Map<String, Long> seenAt) {
        Samples samples = new Samples();
        acceptedAt.forEach((caseId, accepted) -> {
            Long seen = seenAt.get(caseId);
            if (seen != null) {
                samples.addMillis(Math.max(0, seen - accepted));
            }
        });
        return samples;
    }

    private static void watchKafka(KafkaConsumer<String, byte[]> consumer, AtomicInteger watching,
                                   Map<String, Long> onKafka, Map<String, Long> mailed, Map<String, Long> planned) {
        while (watching.get() > 0) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                long seen = System.currentTimeMillis();
                JsonNode event;
                try {
                    event = CaseEventJson.mapper().readTree(record.value());
                } catch (IOException notJson) {
                    continue;
                }
                String type = event.path("type").asText();
                switch (record.topic()) {
                    case Topics.CASE_EVENTS -> {
                        if ("IncidentReported".equals(type)) {
                            onKafka.putIfAbsent(event.path("caseId").asText(), seen);
                        }
                    }
                    case Topics.NOTIFICATION_EVENTS -> {
                        if ("NotificationSent".equals(type)) {
                            mailed.putIfAbsent(event.path("caseId").asText(), moment(event));
                        }
                    }
                    case Topics.PREVENTION_EVENTS -> {
                        if (PreventionEvent.ACTIVITY_PLANNED.equals(type) && event.hasNonNull("sourceCaseId")) {
                            planned.putIfAbsent(event.path("sourceCaseId").asText(), moment(event));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private static long moment(JsonNode event) {
        return Instant.parse(event.path("occurredAt").asText()).toEpochMilli();
    }

    private static void watchAudit(MongoCollection<Document> trail, AtomicInteger watching,
                                   Map<String, Long> audited) {
        Long newest = trail.find(Filters.eq("boardId", Stack.BOARD)).sort(Sorts.descending("seq")).limit(1)
                .map(entry -> entry.get("seq", Number.class).longValue()).first();
        long lastSeq = newest == null ? 0 : newest;
        while (watching.get() > 0) {
            for (Document entry : trail.find(Filters.and(Filters.eq("boardId", Stack.BOARD),
                            Filters.gt("seq", lastSeq))).sort(Sorts.ascending("seq"))
                    .projection(Projections.include("seq", "type", "caseId"))) {
                long seen = System.currentTimeMillis();
                lastSeq = Math.max(lastSeq, entry.get("seq", Number.class).longValue());
                if ("IncidentReported".equals(entry.getString("type")) && entry.getString("caseId") != null) {
                    audited.putIfAbsent(entry.getString("caseId"), seen);
                }
            }
            try {
                Thread.sleep(AUDIT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static KafkaConsumer<String, byte[]> fromNow(String kafka, List<String> topics) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String databaseOf(String uri) {
        String path = uri.substring(uri.indexOf("//") + 2);
        path = path.substring(path.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
