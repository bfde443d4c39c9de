package nl.schoolboard.sexting.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Processes left running by an earlier stack on the same data dir. A stack killed hard (kill -9, a crashed IDE)
 * cannot stop its children; they keep the ports and the Kafka log. Every child carries
 * {@code -Dlocal-stack.owner=<data dir>}, so the next start can find and stop them.
 */
final class Leftovers {

    private static final String OWNER_PROPERTY = "-Dlocal-stack.owner=";

    private Leftovers() {
    }

    /** The JVM option that marks a child process as belonging to the stack on {@code dataDir}. */
    static List<String> ownerMarker(Path dataDir) {
        return List.of(OWNER_PROPERTY + dataDir);
    }

    /** Stops (and after 30 s kills) every process marked with {@code dataDir}, other than this one. */
    static void stopThoseOf(Path dataDir, Console console) {
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
}
