package nl.schoolboard.sexting.localstack;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A child JVM of the stack: its output (stdout and stderr merged) goes line by line to its log file under the
 * data dir and, tagged with its name, to the console; the last lines are kept for a failure report.
 */
final class ChildProcess {

    private static final int KEPT_LINES = 60;
    private static final Pattern NEW_EVENT = Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\[");

    private final String name;
    private final Process process;
    private final Thread pump;
    private final Deque<String> lastLines = new ArrayDeque<>();

    private ChildProcess(String name, Process process, Path logFile, Console console,
                         Predicate<String> toConsole) {
        this.name = name;
        this.process = process;
        this.pump = new Thread(() -> pump(logFile, console, toConsole), name + "-output");
        this.pump.setDaemon(true);
        this.pump.start();
    }

    /**
     * Starts {@code command} in {@code workDir}. On Linux the child gets its own session ({@code setsid}), so a
     * Ctrl-C in the terminal reaches only the stack, which then stops the children in order.
     */
    static ChildProcess start(String name, List<String> command, Path workDir, Path logFile, Console console,
                              Predicate<String> toConsole) {
        List<String> full = new ArrayList<>();
        Path setsid = setsid();
        if (setsid != null) {
            full.add(setsid.toString());
        }
        full.addAll(command);
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            return new ChildProcess(name, process, logFile, console, toConsole);
        } catch (IOException e) {
            throw new LocalStackException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new LocalStackException(name + " did not finish within " + timeout.toSeconds() + " s");
        }
        awaitOutput();
        return process.exitValue();
    }

    synchronized List<String> lastLines() {
        return List.copyOf(lastLines);
    }

    /** "name (exit code n), last lines: ..." for a failure report. */
    String report() {
        awaitOutput();
        StringBuilder text = new StringBuilder(name);
        if (!process.isAlive()) {
            text.append(" (exit code ").append(process.exitValue()).append(')');
        }
        text.append(", last lines of its output:");
        for (String line : lastLines()) {
            text.append(System.lineSeparator()).append("    ").append(line);
        }
        return text.toString();
    }

    /**
     * Asks the process to stop (SIGTERM: Spring Boot and Kafka shut down cleanly). Through its
     * {@link ProcessHandle}: {@link Process#destroy()} would also close the output pipe and lose the shutdown log.
     */
    void requestStop() {
        process.toHandle().destroy();
    }

    /** {@link #requestStop()}, then up to {@code grace} for a clean exit, then killed. */
    void stop(Duration grace) {
        if (process.isAlive()) {
            requestStop();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.toHandle().destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.toHandle().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        awaitOutput();
    }

    private void awaitOutput() {
        try {
            pump.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump(Path logFile, Console console, Predicate<String> toConsole) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            log.write("===== " + name + " started " + LocalDateTime.now() + " (pid " + process.pid() + ") =====");
            log.newLine();
            String line;
            while ((line = in.readLine()) != null) {
                log.write(line);
                log.newLine();
                log.flush();
                keep(line);
                if (toConsole.test(line)) {
                    console.line(name, line);
                }
            }
        } catch (IOException e) {
            keep("(output of " + name + " could not be read further: " + e.getMessage() + ")");
        }
    }

    private synchronized void keep(String line) {
        if (lastLines.size() == KEPT_LINES) {
            lastLines.removeFirst();
        }
        lastLines.addLast(line);
    }

    private static Path setsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    /**
     * A console filter for the Kafka broker (slf4j-simple lines, {@code HH:mm:ss.SSS [thread] LEVEL logger - text}):
     * lets through WARN and ERROR events with every line that belongs to them (message continuations, stack
     * traces), except warnings known to be harmless (they stay in the log file).
     */
    static Predicate<String> warningsOnly(String... harmless) {
        List<String> ignored = List.of(harmless);
        return new Predicate<>() {
            private boolean inProblem;

            @Override
            public boolean test(String line) {
                if (NEW_EVENT.matcher(line).lookingAt()) {
                    inProblem = (line.contains(" WARN ") || line.contains(" ERROR "))
                            && ignored.stream().noneMatch(line::contains);
                }
                return inProblem;
            }
        };
    }

}
