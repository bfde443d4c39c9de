package nl.schoolboard.sexting.systemtests.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.schoolboard.sexting.systemtests.GatewayClient;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A board's years of history (issue 16, part 4): {@link HistoryGenerator} writes it into the event store and the
 * audit trail, a rebuild of the case views replays it (events per second until the views hold every generated case
 * and fact), and then the questions a board asks of it: the board dashboard, a paged case list with filters, a
 * case's detail, a point-in-time view and the audit verification, p50/p99 each with case-service's resident memory
 * before and after each series.
 *
 * <p>Before it measures anything it checks that what was generated is what case-service stores and reads: a report
 * made through the gateway is compared field by field with a generated event of the same type, and after the
 * rebuild a generated closed case and an open one are read back through the API.</p>
 */
final class BoardHistory {

    private static final int WARM_UP = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough that each of the view processors' two segments gets one (by case id) with near certainty. */
    private static final int REFERENCE_REPORTS = 8;

    record Series(String what, Samples latency, long rssBeforeMib, long rssAfterMib, long peakAfterMib,
                  int failures) {
    }

    record Result(HistoryGenerator.Written written, long eventsInStore, List<String> formatDifferences,
                  List<String> readBack, double rebuildSeconds, boolean rebuildCaughtUp, long rssBeforeRebuildMib,
                  long rssAfterRebuildMib, List<Series> series, long auditEntriesChecked) {

        double rebuildEventsPerSecond() {
            return eventsInStore / rebuildSeconds;
        }
    }

    static Result measure(Stack stack, HistoryGenerator.Size size, int reads, int verifications,
                          Duration rebuildLimit) throws Exception {
        GatewayClient operator = stack.signedIn(Stack.OPERATOR, "AUDITOR");
        try (MongoClient client = MongoClients.create(stack.caseServiceMongoUri())) {
            MongoDatabase cases = client.getDatabase(Stack.CASES_DATABASE);
            Document reference = reportsStoredByTheService(stack, cases);

            long viewsBefore = cases.getCollection("cases").estimatedDocumentCount();
            long timelineBefore = cases.getCollection("case_timeline").estimatedDocumentCount();
            HistoryGenerator.Written written = HistoryGenerator.write(cases, Stack.HISTORY_BOARD, size,
                    Instant.now(), 20261203L);
            List<String> differences = differences(reference, cases.getCollection("domainevents").find(Filters.and(
                    Filters.eq("aggregateIdentifier", written.sample().caseId()),
                    Filters.eq("sequenceNumber", 0L))).first());
            long events = cases.getCollection("domainevents").estimatedDocumentCount();

            // The rebuild: what an operator starts, a replay of the whole store. The generated events are older than
            // every processor's token, so only a replay sees them. A replay treats them as it treats a real history:
            // the Mongo store's tracking token remembers only the events of its look-back window, so whether the
            // processors once saw an event older than that is not known to the replay either way.
            long[] memoryBefore = stack.caseServiceRssAndPeakMib();
            long begin = System.nanoTime();
            GatewayClient.Response started = operator.post("/api/cases/projections/rebuild", "{}", Map.of());
            if (started.status() != 202) {
                throw new IllegalStateException("the rebuild was refused: " + started.status() + " " + started.body());
            }
            boolean caughtUp = waitForViews(cases, viewsBefore + written.cases(), timelineBefore + written.events(),
                    rebuildLimit);
            double rebuildSeconds = (System.nanoTime() - begin) / 1e9;
            long[] memoryAfter = stack.caseServiceRssAndPeakMib();

            List<String> schools = written.schoolIds().subList(0, Math.min(10, written.schoolIds().size()));
            List<String> sampleSchools = new ArrayList<>(schools);
            for (CaseProtocol.Case theCase : new CaseProtocol.Case[]{written.sample(), written.openSample()}) {
                if (theCase != null && !sampleSchools.contains(theCase.schoolId())) {
                    sampleSchools.add(theCase.schoolId());
                }
            }
            GatewayClient leader = stack.signedIn("bench-history-leader", "SCHOOL_LEADER", Stack.HISTORY_BOARD,
                    sampleSchools);
            GatewayClient administrator = stack.signedIn("bench-history-admin", "BOARD_ADMINISTRATOR",
                    Stack.HISTORY_BOARD, List.of());
            GatewayClient auditor = stack.signedIn("bench-history-auditor", "AUDITOR", Stack.HISTORY_BOARD,
                    List.of());
            // without a finished rebuild the views may not have the samples yet: then said, not a failure of the form
            List<String> readBack = caughtUp ? readBack(leader, written)
                    : List.of("not checked: the rebuild had not caught up within the limit");

            CaseProtocol.Case sample = written.sample();
            Instant halfway = sample.facts().get(sample.facts().size() / 2).recordedAt().plusSeconds(1);
            String twoYearsBack = Instant.now().minus(Duration.ofDays(730)).toString().substring(0, 10);
            long[] checked = {0};
            List<Series> series = List.of(
                    series(stack, "board dashboard", reads, () -> administrator.get("/api/cases/board/dashboard"),
                            null),
                    series(stack, "case list, leader of 10+ schools, CLOSED since 2 years, page 2", reads,
                            () -> leader.get("/api/cases?status=CLOSED&from=" + twoYearsBack + "&page=1&size=50"),
                            null),
                    series(stack, "case detail", reads, () -> leader.get("/api/cases/" + sample.caseId()), null),
                    series(stack, "point-in-time view", reads,
                            () -> leader.get("/api/cases/" + sample.caseId() + "?asOf=" + halfway), null),
                    series(stack, "audit verification (streamed)", verifications, () -> auditor.get("/api/audit/verify"),
                            verification -> {
                                checked[0] = verification.path("entriesChecked").asLong();
                                return verification.path("intact").asBoolean(false);
                            }));
            return new Result(written, events, differences, readBack, rebuildSeconds, caughtUp, memoryBefore[0],
                    memoryAfter[0], series, checked[0]);
        }
    }

    /** Until the views hold as many cases and timeline entries as given, polled every second, or the limit passes. */
    private static boolean waitForViews(MongoDatabase cases, long views, long timelineEntries, Duration limit)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            // not more often: the local stack's store answers by scanning, and would be measured counting
            Thread.sleep(1000);
            if (cases.getCollection("cases").estimatedDocumentCount() >= views
                    && cases.getCollection("case_timeline").estimatedDocumentCount() >= timelineEntries) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports through the gateway, until the views have them: the first one's stored event is the stored form to
     * compare the generated one with. Several, so that both segments of each view processor have moved past the
     * token they start with, as in a service that has run for a while (with parts 1-3 run before, hundreds have).
     */
    private static Document reportsStoredByTheService(Stack stack, MongoDatabase cases) throws InterruptedException {
        GatewayClient reporter = stack.schoolLeader("bench-history-reference");
        long viewsBefore = cases.getCollection("cases").estimatedDocumentCount();
        long timelineBefore = cases.getCollection("case_timeline").estimatedDocumentCount();
        String first = null;
        for (int i = 0; i < REFERENCE_REPORTS; i++) {
            GatewayClient.Response accepted = reporter.post("/api/cases",
                    GatewayClient.incidentReport(stack.school(), "P-90" + i + "1", "P-90" + i + "2"), Map.of());
            if (accepted.status() != 201) {
                throw new IllegalStateException("a reference report was refused: " + accepted.status() + " "
                        + accepted.body());
            }
            first = first == null ? accepted.json().path("caseId").asText() : first;
        }
        if (!waitForViews(cases, viewsBefore + REFERENCE_REPORTS, timelineBefore + REFERENCE_REPORTS,
                Duration.ofMinutes(3))) {
            throw new IllegalStateException("the views did not follow the reference reports within 3 minutes");
        }
        Document stored = cases.getCollection("domainevents").find(Filters.and(
                Filters.eq("aggregateIdentifier", first), Filters.eq("sequenceNumber", 0L))).first();
        if (stored == null) {
            throw new IllegalStateException("the reference report " + first + " is not in the event store");
        }
        return stored;
    }

    /**
     * Where a generated event differs in form from the one case-service stored: the document's fields and their
     * types, the timestamp's shape, the payload's fields (nested ones too) and the metadata's keys.
     */
    static List<String> differences(Document stored, Document generated) throws Exception {
        List<String> differences = new ArrayList<>();
        if (generated == null) {
            return List.of("no generated event to compare");
        }
        Set<String> fields = new TreeSet<>(stored.keySet());
        fields.addAll(generated.keySet());
        fields.remove("_id");
        for (String field : fields) {
            String storedType = typeOf(stored.get(field));
            String generatedType = typeOf(generated.get(field));
            if (!storedType.equals(generatedType)) {
                differences.add("field " + field + ": stored " + storedType + ", generated " + generatedType);
            }
        }
        if (stored.getString("timestamp").length() != generated.getString("timestamp").length()) {
            differences.add("timestamp: stored " + stored.getString("timestamp") + ", generated "
                    + generated.getString("timestamp"));
        }
        for (String field : List.of("payloadType", "type")) {
            if (!String.valueOf(stored.get(field)).equals(String.valueOf(generated.get(field)))) {
                differences.add(field + ": stored " + stored.get(field) + ", generated " + generated.get(field));
            }
        }
        Set<String> storedPayload = paths(JSON.readTree(stored.getString("serializedPayload")), "");
        Set<String> generatedPayload = paths(JSON.readTree(generated.getString("serializedPayload")), "");
        if (!storedPayload.equals(generatedPayload)) {
            differences.add("payload: stored " + storedPayload + ", generated " + generatedPayload);
        }
        Set<String> storedMeta = new TreeSet<>(paths(JSON.readTree(stored.getString("serializedMetaData")), ""));
        Set<String> generatedMeta = paths(JSON.readTree(generated.getString("serializedMetaData")), "");
        if (!generatedMeta.containsAll(storedMeta) || !storedMeta.containsAll(generatedMeta)) {
            differences.add("metadata: stored " + storedMeta + ", generated " + generatedMeta);
        }
        return differences;
    }

    /** Every field path of a JSON tree with the kind of value there, e.g. {@code involvedPupils[].role:STRING}. */
    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                paths.addAll(paths(field.getValue(), prefix + (prefix.isEmpty() ? "" : ".") + field.getKey()));
            }
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(paths(element, prefix + "[]")));
            if (node.isEmpty()) {
                paths.add(prefix + ":ARRAY");
            }
        } else {
            paths.add(prefix + ":" + node.getNodeType());
        }
        return paths;
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /** A generated closed case and an open one, read through the API, against what was generated. */
    private static List<String> readBack(GatewayClient leader, HistoryGenerator.Written written) {
        List<String> found = new ArrayList<>();
        for (CaseProtocol.Case theCase : new CaseProtocol.Case[]{written.sample(), written.openSample()}) {
            if (theCase == null) {
                continue;
            }
            GatewayClient.Response detail = leader.get("/api/cases/" + theCase.caseId());
            GatewayClient.Response timeline = leader.get("/api/cases/" + theCase.caseId() + "/timeline");
            String expectedStatus = theCase.closed() ? "CLOSED" : "OPEN";
            boolean same = detail.status() == 200 && timeline.status() == 200
                    && detail.json().path("status").asText().equals(expectedStatus)
                    && detail.json().path("version").asLong() == theCase.facts().size() - 1
                    && detail.json().path("schoolId").asText().equals(theCase.schoolId())
                    && timeline.json().path("entries").size() == theCase.facts().size();
            found.add("%s case %s: %s (status %s, version %s, %d timeline entries; generated %s, %d facts)".formatted(
                    expectedStatus.toLowerCase(), theCase.caseId(), same ? "read back as generated" : "DIFFERS",
                    detail.status() == 200 ? detail.json().path("status").asText() : "HTTP " + detail.status(),
                    detail.status() == 200 ? detail.json().path("version").asText() : "-",
                    timeline.status() == 200 ? timeline.json().path("entries").size() : -1, expectedStatus,
                    theCase.facts().size()));
            if (!same) {
                throw new IllegalStateException("case-service does not read the generated history as generated: "
                        + found.get(found.size() - 1) + "\n" + detail.body());
            }
        }
        return found;
    }

    private static Series series(Stack stack, String what, int count, Supplier<GatewayClient.Response> call,
                                 java.util.function.Predicate<JsonNode> holds) {
        long rssBefore = stack.caseServiceRssAndPeakMib()[0];
        for (int i = 0; i < Math.min(WARM_UP, count); i++) {
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
            if (holds != null && !holds.test(response.json())) {
                failures++;
            }
        }
        long[] after = stack.caseServiceRssAndPeakMib();
        return new Series(what, latency, rssBefore, after[0], after[1], failures);
    }
}
