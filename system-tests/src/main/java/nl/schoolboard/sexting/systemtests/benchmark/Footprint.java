package nl.schoolboard.sexting.systemtests.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of the stack, from {@code /proc/<pid>/status}: every process this JVM started (Kafka broker,
 * development issuer, three services, gateway) and this JVM itself, which hosts the MongoDB-wire store and the SMTP
 * sink as {@code ./run-local}'s does, but here also the load generator.
 */
final class Footprint {

    record Process(String name, long rssKib, long peakKib) {
    }

    static List<Process> now() {
        Map<Long, Process> found = new LinkedHashMap<>();
        ProcessHandle.current().descendants().forEach(child -> read(child.pid(), name(child)).ifPresent(
                p -> found.put(child.pid(), p)));
        read(ProcessHandle.current().pid(), "stack host + load generator").ifPresent(
                p -> found.put(ProcessHandle.current().pid(), p));
        return List.copyOf(found.values());
    }

    static long childrenKib(List<Process> processes, boolean peak) {
        return processes.stream().filter(p -> !p.name().startsWith("stack host"))
                .mapToLong(p -> peak ? p.peakKib() : p.rssKib()).sum();
    }

    static long hostKib(List<Process> processes, boolean peak) {
        return processes.stream().filter(p -> p.name().startsWith("stack host"))
                .mapToLong(p -> peak ? p.peakKib() : p.rssKib()).sum();
    }

    private static String name(ProcessHandle process) {
        String arguments = String.join(" ", process.info().arguments().orElse(new String[0]));
        for (String module : List.of("case-service", "notification-service", "prevention-service", "gateway",
                "dev-issuer")) {
            if (arguments.contains("/" + module + ".jar") || arguments.contains("/" + module + "/target/")) {
                return module;
            }
        }
        return arguments.contains("kafka") ? "kafka broker" : process.info().command().orElse("?");
    }

    private static java.util.Optional<Process> read(long pid, String name) {
        try {
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kib(line);
                }
            }
            return rss == 0 ? java.util.Optional.empty() : java.util.Optional.of(new Process(name, rss, peak));
        } catch (IOException | RuntimeException gone) {
            return java.util.Optional.empty();
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
