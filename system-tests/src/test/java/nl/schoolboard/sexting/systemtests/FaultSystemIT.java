package nl.schoolboard.sexting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.localstack.LocalStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two of everything, and faults while reports come in: two instances of case-service and of notification-service
 * behind the gateway; clients that report incidents with an {@code Idempotency-Key} and send the same request again
 * on an error or a time-out; meanwhile instances are killed with SIGKILL and started again, and the Kafka broker is
 * stopped and started again once. Afterwards every report a client saw accepted is stored once, published, shown in
 * the case list and mailed to care staff once. The figures are printed.
 *
 * <p>Its own stack (not {@link RunningSystem}'s), in a run of its own ({@code fault} tag, a failsafe execution of
 * its own), so that no other stack shares the two cores with it.
 */
@Tag("fault")
class FaultSystemIT {

    private static final int CLIENTS = 4;
    private static final int MAX_REPORTS = 100;
    private static final int MIN_REPORTS = 40;
    /** Each client's pause between two reports: spreads the reports over the faults. */
    private static final Duration PACE = Duration.ofMillis(1500);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(700);
    private static final Duration CONVERGENCE = Duration.ofMinutes(4);
    private static final String BOARD = "board-fault";

    private final String school = "school-fault-" + UUID.randomUUID().toString().substring(0, 8);
    /** The case each accepted report's idempotency key opened (the answer's caseId), by key. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    /** Cases whose view was there once: a view is not taken away, so the next rounds need not ask again. */
    private final Set<String> viewed = new HashSet<>();

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void every_accepted_report_is_stored_published_projected_and_mailed_once_despite_killed_instances_and_a_kafka_outage()
            throws Exception {
        Path data = Files.createTempDirectory("fault-suite-stack");
        try (LocalStack stack = LocalStack.builder().dataDir(data).freePorts()
                .instances(LocalStack.CASE_SERVICE, 2)
                .instances(LocalStack.NOTIFICATION_SERVICE, 2)
                // a killed instance's segments are taken over sooner than in production
                .serviceArguments(LocalStack.CASE_SERVICE, "--case.event-store.token-claim-timeout=PT5S")
                .build()) {
            stack.start();
            List<GatewayClient> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "fault-leader-" + (i + 1),
                        "SCHOOL_LEADER", BOARD, List.of(school)));
            }

            AtomicBoolean faultsDone = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> reporting = new ArrayList<>();
            for (GatewayClient client : clients) {
                reporting.add(pool.submit(() -> report(client, faultsDone)));
            }
            Future<?> faults = pool.submit(() -> {
                try {
                    injectFaults(stack);
                } finally {
                    faultsDone.set(true);
                }
                return null;
            });
            faults.get(12, TimeUnit.MINUTES);
            for (Future<?> client : reporting) {
                client.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            long convergeBegin = System.nanoTime();
            Outcome outcome = awaitConvergence(stack, clients.get(0));
            Duration converged = Duration.ofNanos(System.nanoTime() - convergeBegin);

            System.out.printf("""
                    ===== fault suite =====
                    reports sent        %d (by %d clients; faults: 2 case-service and 2 notification-service \
                    instances killed with SIGKILL and restarted, Kafka stopped and restarted once)
                    accepted            %d
                    retried requests    %d (answers on the way: %s)
                    given up            %d
                    lost                %d (accepted, but not stored, published, projected or mailed: %s)
                    doubled             %d (a report stored twice, or mailed twice)
                    records re-sent     %d (the relay's at-least-once: the same event id on the topic again)
                    time to converge    %d s after the last fault and the last report
                    =======================
                    """, sent.get(), CLIENTS, accepted.size(), retried.get(), refusals, givenUp.get(),
                    outcome.lost().size(), outcome.missing(), outcome.doubled().size(), outcome.resentRecords(),
                    converged.toSeconds());

            assertThat(accepted.size()).as("reports accepted").isGreaterThanOrEqualTo(MIN_REPORTS);
            assertThat(givenUp.get()).as("reports a client gave up on").isZero();
            assertThat(outcome.lost()).as("lost (" + outcome.missing() + ")").isEmpty();
            assertThat(outcome.doubled()).as("doubled").isEmpty();
        }
    }

    /** One client: a report, until it is accepted (retrying the same request), then the next, at its pace. */
    private Void report(GatewayClient client, AtomicBoolean faultsDone) throws InterruptedException {
        while (sent.get() < MAX_REPORTS && (!faultsDone.get() || sent.get() < MIN_REPORTS)) {
            int number = sent.incrementAndGet();
            String key = "fault-report-" + number + "-" + UUID.randomUUID();
            String body = GatewayClient.incidentReport(school, "P-F" + number + "A", "P-F" + number + "B");
            long giveUpAt = System.nanoTime() + Duration.ofMinutes(6).toNanos();
            boolean first = true;
            while (true) {
                if (!first) {
                    retried.incrementAndGet();
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
                first = false;
                String answer;
                try {
                    GatewayClient.Response response = client.post("/api/cases", body, Map.of("Idempotency-Key", key));
                    if (response.status() == 201) {
                        accepted.put(key, response.json().get("caseId").asText());
                        break;
                    }
                    answer = Integer.toString(response.status());
                } catch (UncheckedIOException | IllegalStateException e) {
                    answer = e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName();
                }
                refusals.computeIfAbsent(answer, ignored -> new AtomicInteger()).incrementAndGet();
                if (System.nanoTime() > giveUpAt) {
                    givenUp.incrementAndGet();
                    break;
                }
            }
            Thread.sleep(PACE.toMillis());
        }
        return null;
    }

    /** The faults, one after another, while the clients report. */
    private static void injectFaults(LocalStack stack) throws InterruptedException {
        List<String> cases = stack.instanceNames(LocalStack.CASE_SERVICE);
        List<String> notifications = stack.instanceNames(LocalStack.NOTIFICATION_SERVICE);
        Thread.sleep(4000);
        stack.kill(cases.get(0));
        stack.kill(notifications.get(1));
        stack.restart(cases.get(0));
        stack.stopKafka();
        Thread.sleep(8000);
        stack.restartKafka();
        stack.restart(notifications.get(1));
        stack.kill(cases.get(1));
        stack.kill(notifications.get(0));
        stack.restart(cases.get(1));
        stack.restart(notifications.get(0));
    }

    /**
     * Waits until every accepted report is stored once (the school's case list), projected (its view), published
     * (its IncidentReported on the topic) and mailed (care staff's mail with its case id), or until
     * {@link #CONVERGENCE}; then says what is missing and what is there twice.
     */
    private Outcome awaitConvergence(LocalStack stack, GatewayClient client) throws InterruptedException {
        Set<String> cases = new HashSet<>(accepted.values());
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (true) {
            Outcome outcome = outcome(stack, client, cases);
            if (outcome.lost().isEmpty() || System.nanoTime() > deadline) {
                return outcome;
            }
            Thread.sleep(3000);
        }
    }

    private Outcome outcome(LocalStack stack, GatewayClient client, Set<String> cases) {
        List<String> listed = caseList(client);
        Map<String, Long> listedCount = listed.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        Map<String, Map<String, Integer>> published = publishedReports(stack, cases);
        Map<String, Long> mails = new HashMap<>();
        stack.receivedMail().forEach(mail -> cases.stream().filter(mail.body()::contains)
                .forEach(caseId -> mails.merge(caseId, 1L, Long::sum)));
        Set<String> lost = new HashSet<>();
        Map<String, Integer> missing = new HashMap<>();
        Set<String> doubled = new HashSet<>();
        int resent = 0;
        for (String caseId : cases) {
            Map<String, Integer> eventIds = published.getOrDefault(caseId, Map.of());
            boolean projected = viewed.contains(caseId) || politely(client, "/api/cases/" + caseId).status() == 200;
            if (projected) {
                viewed.add(caseId);
            }
            List<String> notThere = new ArrayList<>();
            if (!listedCount.containsKey(caseId)) {
                notThere.add("not in the case list");
            }
            if (!projected) {
                notThere.add("no case view");
            }
            if (eventIds.isEmpty()) {
                notThere.add("not on the topic");
            }
            if (!mails.containsKey(caseId)) {
                notThere.add("not mailed");
            }
            if (!notThere.isEmpty()) {
                lost.add(caseId);
                notThere.forEach(what -> missing.merge(what, 1, Integer::sum));
            }
            if (eventIds.size() > 1 || mails.getOrDefault(caseId, 0L) > 1) {
                doubled.add(caseId);
            }
            resent += eventIds.values().stream().mapToInt(n -> n - 1).sum();
        }
        // a case in the school's list that no accepted report opened: a report stored under a second id
        listed.stream().filter(id -> !cases.contains(id)).forEach(doubled::add);
        return new Outcome(lost, missing, doubled, resent);
    }

    /** The ids of every case of the fault suite's school, a page at a time. */
    private List<String> caseList(GatewayClient client) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            GatewayClient.Response response =
                    politely(client, "/api/cases?schoolId=" + school + "&size=200&page=" + page);
            if (response.status() != 200) {
                return ids;
            }
            response.json().forEach(summary -> ids.add(summary.get("caseId").asText()));
            if (response.header("Link") == null) {
                return ids;
            }
        }
    }

    /**
     * A read that waits out the gateway's rate limit (429 with Retry-After) instead of counting its refusal as a case
     * that is not there: checking a hundred cases in a row is more than one user may ask per second.
     */
    private static GatewayClient.Response politely(GatewayClient client, String path) {
        while (true) {
            GatewayClient.Response response = client.get(path);
            if (response.status() != 429) {
                return response;
            }
            String retryAfter = response.header("Retry-After");
            long seconds = retryAfter == null || !retryAfter.matches("\\d+") ? 1 : Math.max(1, Long.parseLong(retryAfter));
            try {
                Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    /** For each case, the event ids of its IncidentReported records on case-events and how often each is there. */
    private static Map<String, Map<String, Integer>> publishedReports(LocalStack stack, Set<String> cases) {
        Map<String, Map<String, Integer>> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (cases.contains(record.key()) && "IncidentReported".equals(header(record, RecordHeaders.EVENT_TYPE))) {
                        found.computeIfAbsent(record.key(), ignored -> new HashMap<>())
                                .merge(header(record, RecordHeaders.EVENT_ID), 1, Integer::sum);
                    }
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * @param lost          accepted cases not (yet) stored, projected, published or mailed
     * @param missing       of the lost cases, how many miss each part (a case can miss more than one)
     * @param doubled       cases stored or mailed more than once, or cases nobody's accepted report opened
     * @param resentRecords records of the relay on the topic a second time (same event id: consumers skip them)
     */
    private record Outcome(Set<String> lost, Map<String, Integer> missing, Set<String> doubled, int resentRecords) {
    }

}
