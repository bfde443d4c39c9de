package nl.schoolboard.sexting.systemtests.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import nl.schoolboard.sexting.systemtests.GatewayClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The questions a board asks about its history, on the history in the store when this part runs: the board
 * dashboard, a paged case list with filters, a case's detail, a point-in-time view and the audit verification
 * (p50/p99 each, and case-service's resident memory after each series), then a rebuild of the case projections from
 * the event store in events per second.
 */
final class BoardHistory {

    private static final int WARM_UP = 5;
    private static final Duration REBUILD_LIMIT = Duration.ofMinutes(10);

    record Series(String what, Samples latency, long caseServiceRssMib, int failures) {
    }

    record Result(long cases, long events, long auditEntries, List<Series> series, double rebuildSeconds,
                  double rebuildEventsPerSecond) {
    }

    static Result measure(Stack stack, String someCaseId, int reads, int verifications) throws Exception {
        GatewayClient leader = stack.schoolLeader("bench-history-reader");
        GatewayClient administrator = stack.signedIn("bench-board-admin", "BOARD_ADMINISTRATOR");
        GatewayClient auditor = stack.signedIn(Stack.OPERATOR, "AUDITOR");
        try (MongoClient client = MongoClients.create(stack.caseServiceMongoUri())) {
            MongoDatabase cases = client.getDatabase(Stack.CASES_DATABASE);
            long caseCount = cases.getCollection("cases").countDocuments();
            long timelineCount = cases.getCollection("case_timeline").countDocuments();
            long events = cases.getCollection("domainevents").countDocuments();
            long auditEntries = cases.getCollection("audit_trail").countDocuments();

            String moment = Instant.now().minusSeconds(30).toString();
            List<Series> series = List.of(
                    series(stack, "board dashboard", reads, () -> administrator.get("/api/cases/board/dashboard")),
                    series(stack, "case list, OPEN, page 2 of 50", reads,
                            () -> leader.get("/api/cases?status=OPEN&page=2&size=50")),
                    series(stack, "case detail", reads, () -> leader.get("/api/cases/" + someCaseId)),
                    series(stack, "point-in-time view", reads,
                            () -> leader.get("/api/cases/" + someCaseId + "?asOf=" + moment)),
                    series(stack, "audit verification", verifications, () -> auditor.get("/api/audit/verify")));

            long begin = System.nanoTime();
            GatewayClient.Response started = auditor.post("/api/cases/projections/rebuild", "{}", Map.of());
            if (started.status() != 202) {
                throw new IllegalStateException("the rebuild was refused: " + started.status() + " " + started.body());
            }
            Instant deadline = Instant.now().plus(REBUILD_LIMIT);
            while (Instant.now().isBefore(deadline)
                    && (cases.getCollection("cases").countDocuments() < caseCount
                    || cases.getCollection("case_timeline").countDocuments() < timelineCount)) {
                // not more often: the local stack's store counts by scanning, and would be measured counting
                Thread.sleep(1000);
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return new Result(caseCount, events, auditEntries, series, seconds, events / seconds);
        }
    }

    private static Series series(Stack stack, String what, int count, Supplier<GatewayClient.Response> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        Samples latency = new Samples();
        int failures = 0;
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            GatewayClient.Response response = call.get();
            if (response.status() != 200) {
                failures++;
                continue;
            }
            latency.add(System.nanoTime() - sent);
            if (what.startsWith("audit") && !verified(response.json())) {
                failures++;
            }
        }
        return new Series(what, latency, stack.caseServiceRssMib(), failures);
    }

    private static boolean verified(JsonNode verification) {
        return verification.path("intact").asBoolean(false);
    }
}
