package nl.schoolboard.sexting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.schoolboard.sexting.localstack.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * The web UI in a real headless Chromium against the whole running system: {@code web-ui/e2e/run.mjs} (playwright-core
 * driving Debian's {@code /usr/bin/chromium}) signs in every demo role through the development issuer's login form,
 * walks a case from report to close, watches the board's dashboard change, checks what a team member must not see and
 * lets the auditor verify the trail, all through the gateway of {@link RunningSystem#stack()}. Its output goes to this
 * test's log, its screenshots to {@code web-ui/target/screenshots/}; a scenario that fails fails this test.
 *
 * <p>The demo users (demo-leader, demo-care, demo-team, demo-admin, demo-auditor, password {@code demo}) work at
 * {@code demo-board}/{@code school-noord}, which no other system test uses; the scenarios compare the dashboard's
 * counts before and after, so the other tests' cases on the shared stack do not matter.
 *
 * <p>Needs Node.js and Chromium on the machine ({@code .ci/run} installs Debian's {@code chromium}); without either
 * the test is skipped and says why. The web UI's {@code node_modules} (playwright-core) come from the reactor's
 * {@code npm ci} in web-ui; when they are missing this test runs {@code npm ci} itself.
 */
class WebUiBrowserSystemIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** The whole run: 17 scenarios, each action waiting at most E2E_TIMEOUT_MS; normally 1 to 3 minutes. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern RESULT_LINE = Pattern.compile("\\d+ passed, \\d+ failed");
    /** Before every forwarded line, so that the script's result line is not mistaken for this build's own. */
    private static final String PREFIX = "[web-ui e2e] ";

    @Test
    void every_role_works_the_case_desk_in_a_real_browser_through_the_gateway() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + ": the browser tests of the web UI"
                + " are skipped. Install Debian's package (apt-get install -y chromium; .ci/run does) to run them.");
        Optional<Path> node = onPath("node");
        assumeTrue(node.isPresent(), "No node on the PATH: the browser tests of the web UI are skipped. They need"
                + " Node.js 20.19+ (and npm), as the build of web-ui does.");

        LocalStack stack = RunningSystem.stack();
        Path webUi = stack.repositoryRoot().resolve("web-ui");
        ensurePlaywright(webUi);
        Path screenshots = webUi.resolve("target").resolve("screenshots");
        clearScreenshots(screenshots);

        ProcessBuilder run = new ProcessBuilder(node.get().toString(), "e2e/run.mjs")
                .directory(webUi.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = run.environment();
        env.put("BASE_URL", stack.gatewayUrl());
        env.put("CHROMIUM", CHROMIUM.toString());
        env.put("SCREENSHOTS_DIR", screenshots.toString());
        env.put("E2E_LEADER", "demo-leader");
        env.put("E2E_CARE", "demo-care");
        env.put("E2E_TEAM", "demo-team");
        env.put("E2E_ADMIN", "demo-admin");
        env.put("E2E_AUDITOR", "demo-auditor");
        env.put("E2E_PASSWORD", "demo");
        env.put("NO_COLOR", "1");
        env.put("FORCE_COLOR", "0");
        System.out.println(PREFIX + "node e2e/run.mjs against " + stack.gatewayUrl() + " (issuer " + stack.issuerUrl()
                + "), Chromium " + CHROMIUM + ", screenshots in " + screenshots);

        long begin = System.nanoTime();
        Outcome outcome = runForwarding(run, RUN_TIMEOUT);
        String took = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - begin) / 1e9);
        System.out.println(PREFIX + "finished in " + took + " with exit code " + outcome.exitCode());

        assertThat(outcome.timedOut()).as("the browser tests ended within %s", RUN_TIMEOUT).isFalse();
        assertThat(outcome.exitCode())
                .as("web-ui/e2e/run.mjs: %s (its output is in this test's log, each line after '%s'; screenshots in %s)",
                        outcome.resultLine().orElse("no result line"), PREFIX.strip(), screenshots)
                .isZero();
        assertThat(outcome.resultLine()).as("the script's result line").hasValueSatisfying(
                line -> assertThat(line).endsWith(" 0 failed").doesNotStartWith("0 passed"));
        List<String> saved = screenshotNames(screenshots);
        System.out.println(PREFIX + saved.size() + " screenshots kept in " + screenshots + ": " + saved);
        assertThat(saved).as("screenshots of the main pages").contains("01-login.png", "05-case-reported.png",
                "08-case-closed.png", "09-dashboard.png", "15-audit.png");
    }

    record Outcome(int exitCode, boolean timedOut, Optional<String> resultLine) {
    }

    /** Runs the process, prints each of its lines to this test's log as they come, stops it after {@code timeout}. */
    private static Outcome runForwarding(ProcessBuilder builder, Duration timeout) throws IOException,
            InterruptedException {
        Process process = builder.start();
        process.getOutputStream().close();
        List<String> results = new ArrayList<>();
        Thread forward = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println(PREFIX + line);
                    if (RESULT_LINE.matcher(line.strip()).matches()) {
                        synchronized (results) {
                            results.add(line.strip());
                        }
                    }
                }
            } catch (IOException e) {
                System.out.println(PREFIX + "(output ended: " + e + ")");
            }
        }, "web-ui-e2e-output");
        forward.setDaemon(true);
        forward.start();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            System.out.println(PREFIX + "still running after " + timeout + ": stopping it and its browser");
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        forward.join(TimeUnit.SECONDS.toMillis(10));
        synchronized (results) {
            return new Outcome(ended ? process.exitValue() : -1, !ended,
                    results.isEmpty() ? Optional.empty() : Optional.of(results.get(results.size() - 1)));
        }
    }

    /**
     * playwright-core comes from web-ui's {@code npm ci}, which the reactor runs when it builds web-ui (before this
     * module); a build of this module alone may find no {@code node_modules}, and then runs it here.
     */
    private static void ensurePlaywright(Path webUi) throws IOException, InterruptedException {
        if (Files.isRegularFile(webUi.resolve("node_modules/playwright-core/package.json"))) {
            return;
        }
        Optional<Path> npm = onPath("npm");
        assertThat(npm).as("web-ui/node_modules has no playwright-core and there is no npm to install it").isPresent();
        System.out.println(PREFIX + "no web-ui/node_modules/playwright-core: npm ci in " + webUi);
        ProcessBuilder ci = new ProcessBuilder(npm.get().toString(), "ci", "--no-audit", "--no-fund",
                "--prefer-offline").directory(webUi.toFile()).redirectErrorStream(true);
        ci.environment().put("NO_COLOR", "1");
        ci.environment().put("npm_config_update_notifier", "false");
        Outcome installed = runForwarding(ci, NPM_CI_TIMEOUT);
        assertThat(installed.exitCode()).as("npm ci in %s", webUi).isZero();
    }

    private static void clearScreenshots(Path screenshots) throws IOException {
        Files.createDirectories(screenshots);
        try (Stream<Path> files = Files.list(screenshots)) {
            for (Path old : files.filter(file -> file.getFileName().toString().endsWith(".png")).toList()) {
                Files.delete(old);
            }
        }
    }

    private static List<String> screenshotNames(Path screenshots) throws IOException {
        try (Stream<Path> files = Files.list(screenshots)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".png")).sorted()
                    .toList();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
