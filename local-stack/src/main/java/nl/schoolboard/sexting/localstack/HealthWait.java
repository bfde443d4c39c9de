package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Waits until a process reports UP on its health endpoint. While waiting it watches every process launched so
 * far: when one dies, waiting longer is pointless and its last log lines say why.
 */
final class HealthWait {

    private final Duration timeout;
    private final Console console;
    private final Runnable checkNotStopping;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    HealthWait(Duration timeout, Console console, Runnable checkNotStopping) {
        this.timeout = timeout;
        this.console = console;
        this.checkNotStopping = checkNotStopping;
    }

    void awaitUp(ChildProcess process, URI health, Supplier<Collection<ChildProcess>> launched) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (true) {
            checkNotStopping.run();
            for (ChildProcess other : launched.get()) {
                if (!other.isAlive()) {
                    throw new LocalStackException(other.name() + " stopped while starting: " + other.report());
                }
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    console.say(process.name() + " is UP (" + Durations.since(begin) + ")");
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("Interrupted while waiting for " + process.name(), e);
            }
            if (System.nanoTime() > deadline) {
                throw new LocalStackException(process.name() + " did not report UP on " + health + " within "
                        + timeout.toSeconds() + " s (last answer: " + lastAnswer + "): " + process.report());
            }
            sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted", e);
        }
    }
}
