package nl.schoolboard.sexting.systemtests.benchmark;

import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.systemtests.GatewayClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the system against its own limits in one run, on one machine, and prints ratios: absolute figures drift
 * from machine to machine, ratios measured side by side hold (issue 16).
 * <ol>
 *   <li>the store's limit (one writer, plain driver) and the command path through the gateway with N clients;</li>
 *   <li>the gateway's cost: a case's detail through the gateway and straight to case-service;</li>
 *   <li>freshness: reports at a fixed rate, and the time from the 201 to Kafka, mail, prevention plan, audit;</li>
 *   <li>a board's history: years of it generated straight into the event store and the audit trail
 *       ({@link HistoryGenerator}), the projection rebuild over it, then dashboard, paged case list, detail,
 *       point-in-time view and audit verification;</li>
 *   <li>the stack itself: start-up time to ready and resident memory.</li>
 * </ol>
 * Starts its own local stack in a fresh directory. Options (all {@code --name value}): {@code clients} (8),
 * {@code reports} (400, closed loop), {@code inserts} (3000), {@code reads} (300 per path), {@code rate} (20/s),
 * {@code seconds} (30), {@code history-schools} (20), {@code history-years} (5), {@code history-cases} (3 per school
 * and school year), {@code history-only} ({@code true}: part 4 alone, after a single reference report),
 * {@code rebuild-limit} (600 s), {@code history-reads} (30 per question), {@code verifications} (5), {@code jvm}
 * ({@code c1-serial}: the stack's default options; {@code default}: the JVM's own choices with the same heap cap; or
 * the options themselves, space separated), {@code profile} ({@code true}: every service writes a JFR recording
 * {@code recording.jfr} into its working directory under the data directory), {@code store} ({@code file}: the
 * embedded store keeps its data in its file, as {@code ./run-local} does; {@code memory}: in memory only, for a large
 * history, where the file store spends its time deserialising every document a query scans).
 */
public final class StackBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int reports = Integer.parseInt(options.getOrDefault("reports", "400"));
        int inserts = Integer.parseInt(options.getOrDefault("inserts", "3000"));
        int reads = Integer.parseInt(options.getOrDefault("reads", "300"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "20"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int historyReads = Integer.parseInt(options.getOrDefault("history-reads", "30"));
        int verifications = Integer.parseInt(options.getOrDefault("verifications", "5"));
        HistoryGenerator.Size historySize = new HistoryGenerator.Size(
                Integer.parseInt(options.getOrDefault("history-schools", "20")),
                Integer.parseInt(options.getOrDefault("history-years", "5")),
                Integer.parseInt(options.getOrDefault("history-cases", "3")));
        boolean historyOnly = Boolean.parseBoolean(options.getOrDefault("history-only", "false"));
        java.time.Duration rebuildLimit = java.time.Duration.ofSeconds(
                Long.parseLong(options.getOrDefault("rebuild-limit", "600")));
        List<String> jvm = jvmOptions(options.getOrDefault("jvm", "c1-serial"),
                Boolean.parseBoolean(options.getOrDefault("profile", "false")));

        boolean storeInMemory = switch (options.getOrDefault("store", "file")) {
            case "file" -> false;
            case "memory" -> true;
            default -> throw new IllegalArgumentException("--store is file or memory");
        };

        Report report = new Report();
        report.section("run " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load "
                + Footprint.load() + ", service JVM options " + jvm + ", store " + (storeInMemory ? "in memory"
                : "in its file"));
        try (Stack stack = Stack.start(jvm, storeInMemory)) {
            List<Footprint.Process> idle = Footprint.now();
            report.line("data directory %s", stack.dataDir());

            if (!historyOnly) {
                report.section("1. the store's limit and the command path");
                RawInsertRate.Result raw = RawInsertRate.measure(stack.mongoUri(), inserts);
                report.line("raw inserts, 1 writer, %d-byte documents: %.0f inserts/s, %s", RawInsertRate.DOCUMENT_BYTES,
                        raw.perSecond(), raw.latency().p50p99());
                CommandPath.Result command = CommandPath.measure(stack, reports, clients);
                double commandRatio = command.perSecond() / raw.perSecond();
                report.line("reports through the gateway, %d clients: %.1f reports/s, %s (%d accepted, refused %s)",
                        clients, command.perSecond(), command.latency().p50p99(), command.accepted(),
                        command.refusedByStatus());
                report.line("ratio command path / raw insert: %s", Report.ratio(commandRatio));
                report.target("command path / raw insert", Report.ratio(commandRatio), ">= 0.1 (0.3)",
                        commandRatio >= 0.1);
                report.target("command p99, " + clients + " clients", Report.ms(command.latency().millis(99)) + " ms",
                        "<= 250 ms", command.latency().millis(99) <= 250);

                report.section("2. the gateway's cost");
                GatewayCost.Result cost = GatewayCost.measure(stack.schoolLeader("bench-reader"),
                        stack.schoolLeaderAtCaseService("bench-reader"), command.someCaseId(), reads);
                report.line("case detail via gateway: %s (not 200, by status: %s)", cost.viaGateway().p50p99(),
                        cost.notOkViaGateway());
                report.line("case detail direct:      %s (not 200, by status: %s)", cost.direct().p50p99(),
                        cost.notOkDirect());
                report.line("ratio gateway / direct p50: %s, p99: %s", Report.ratio(cost.p50Ratio()),
                        Report.ratio(cost.viaGateway().millis(99) / cost.direct().millis(99)));
                report.target("gateway p50 / direct p50", Report.ratio(cost.p50Ratio()), "<= 1.5",
                        cost.p50Ratio() <= 1.5);

                report.section("3. freshness at %.0f reports/s for %d s (open loop)".formatted(rate, seconds));
                Freshness.Result fresh = Freshness.measure(stack, rate, seconds);
                report.line("sent %d at %.1f/s, %d accepted", fresh.sent(), fresh.achievedRate(), fresh.accepted());
                report.line("201 -> event on Kafka:            %s (%d seen)", fresh.toKafka().p50p99(),
                        fresh.toKafka().count());
                report.line("201 -> care-staff mail (SMTP):    %s (%d seen)", fresh.toMail().p50p99(),
                        fresh.toMail().count());
                report.line("201 -> prevention activity planned: %s (%d seen)", fresh.toPrevention().p50p99(),
                        fresh.toPrevention().count());
                report.line("201 -> audit entry:               %s (%d seen)", fresh.toAudit().p50p99(),
                        fresh.toAudit().count());
                report.target("report -> Kafka p99 at %.0f/s".formatted(rate), Report.ms(fresh.toKafka().millis(99))
                        + " ms", "<= 100 ms", fresh.toKafka().millis(99) <= 100 && fresh.toKafka().count() == fresh.accepted());
                report.target("report -> mail p99 at %.0f/s".formatted(rate), Report.ms(fresh.toMail().millis(99))
                        + " ms", "<= 500 ms", fresh.toMail().millis(99) <= 500 && fresh.toMail().count() == fresh.accepted());
            }

            report.section("4. a board's history: %d schools x %d school years, %d cases per school a year".formatted(
                historySize.schools(), historySize.years(), historySize.casesPerSchoolYear()));
            BoardHistory.Result history = BoardHistory.measure(stack, historySize, historyReads, verifications,
                    rebuildLimit);
            HistoryGenerator.Written written = history.written();
            report.line("generated %d cases (%d open), %d events and %d audit entries in %.1f s (%.0f documents/s, "
                            + "insertMany)", written.cases(), written.openCases(), written.events(),
                    written.auditEntries(), written.seconds(), written.documentsPerSecond());
            report.line("stored form against a report case-service stored in this run: %s",
                    history.formatDifferences().isEmpty() ? "the same fields, types and payload shape"
                            : String.join("; ", history.formatDifferences()));
            history.readBack().forEach(line -> report.line("read back: %s", line));
            report.line("projection rebuild: %d events in the store in %.1f s, %.0f events/s%s; case-service "
                            + "resident %d -> %d MiB", history.eventsInStore(), history.rebuildSeconds(),
                    history.rebuildEventsPerSecond(), history.rebuildCaughtUp() ? "" : " (NOT caught up, stopped)",
                    history.rssBeforeRebuildMib(), history.rssAfterRebuildMib());
            for (BoardHistory.Series series : history.series()) {
                report.line("%-56s %s (%d failed), case-service resident %d -> %d MiB (peak %d)", series.what(),
                        series.latency().p50p99(), series.failures(), series.rssBeforeMib(), series.rssAfterMib(),
                        series.peakAfterMib());
            }
            report.line("audit verification checked %d entries of the board's chain", history.auditEntriesChecked());
            String scale = historySize.schools() + " schools";
            report.target("rebuild (" + scale + ")", "%.0f events/s".formatted(history.rebuildEventsPerSecond()),
                    ">= 20000/s", history.rebuildCaughtUp() && history.rebuildEventsPerSecond() >= 20_000);
            for (BoardHistory.Series series : history.series().subList(0, 2)) {
                report.target(series.what() + " p99 (" + scale + ")", Report.ms(series.latency().millis(99))
                        + " ms", "<= 50 ms", series.latency().millis(99) <= 50);
            }

            report.section("5. the stack itself");
            List<Footprint.Process> loaded = Footprint.now();
            report.line("start-up to ready (Kafka, store, SMTP, issuer, 3 services, gateway): %.1f s",
                    stack.startSeconds());
            for (Footprint.Process process : loaded) {
                long idleKib = idle.stream().filter(p -> p.name().equals(process.name())).mapToLong(
                        Footprint.Process::rssKib).findFirst().orElse(0);
                report.line("%-28s resident %5d MiB after start, %5d MiB now, peak %5d MiB", process.name(),
                        idleKib / 1024, process.rssKib() / 1024, process.peakKib() / 1024);
            }
            long children = Footprint.childrenKib(loaded, true) / 1024;
            long host = Footprint.hostKib(loaded, true) / 1024;
            report.line("sum of peaks: %d MiB child processes + %d MiB host JVM (store, SMTP, load) = %d MiB",
                    children, host, children + host);
            report.target("ready", "%.1f s".formatted(stack.startSeconds()), "<= 30 s", stack.startSeconds() <= 30);
            report.target("resident memory (sum of peaks)", (children + host) + " MiB", "<= 2048 MiB",
                    children + host <= 2048);
            report.line("load average at the end: %s", Footprint.load());
        }
        report.printTargets();
        System.exit(0);
    }

    /** {@code c1-serial} is what the local stack runs with; {@code default} leaves compiler and collector to the JVM. */
    private static List<String> jvmOptions(String choice, boolean profile) {
        List<String> options = new java.util.ArrayList<>(switch (choice) {
            case "c1-serial" -> LocalStack.DEFAULT_SERVICE_JVM_OPTIONS;
            case "default" -> List.of("-Xmx256m");
            default -> List.of(choice.trim().split("\\s+"));
        });
        if (profile) {
            // relative: each process runs in its own directory (<data>/run/<module>), so each gets its own file
            options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=recording.jfr");
        }
        return options;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
