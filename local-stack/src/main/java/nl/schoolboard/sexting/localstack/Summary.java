package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * What a developer needs once the stack is up, printed in one block: the URLs, where mail, data and logs are, and
 * the demo users to sign in with.
 */
record Summary(StackAddresses addresses, Console console) {

    void print(long startNanos, boolean withServices, boolean withMailPage, String demoUsers) {
        console.say("Local stack is up in " + Durations.since(startNanos) + ".");
        if (withServices) {
            entry("Web UI and API", addresses.gatewayUrl());
            for (ServiceDefinition service : Wiring.SERVICES) {
                entry(service.module(), addresses.serviceUrl(service.module()));
            }
        }
        entry("OIDC issuer", addresses.issuerUrl() + (addresses.usesDevelopmentIssuer()
                ? " (development issuer, demo users below)" : " (external)"));
        if (withMailPage) {
            entry("Mail page", addresses.mailPageUrl());
        }
        entry("SMTP", addresses.smtpHost() + ":" + addresses.smtpPort());
        entry("Kafka bootstrap", addresses.kafkaBootstrapServers());
        entry("MongoDB URI", addresses.mongoUri());
        entry("Logs", addresses.dataDir().resolve("logs").toString());
        if (demoUsers != null) {
            console.say("Demo users (sign in through the web UI, or POST " + addresses.issuerUrl()
                    + "/dev/tokens {\"username\": \"demo-leader\"} for a token):");
            demoUsers.lines().forEach(line -> console.say("  " + line));
        }
    }

    private void entry(String what, String where) {
        console.say(String.format(Locale.ROOT, "  %-22s %s", what, where));
    }

    /** The demo users as the development issuer lists them (a text/plain table), or a note why not. */
    String fetchDemoUsers() {
        URI users = URI.create(addresses.issuerUrl() + "/dev/users");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(users).header("Accept", "text/plain")
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            return "(" + users + " answered " + response.statusCode() + ")\n";
        } catch (IOException e) {
            return "(could not list them from " + users + ": " + e + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while asking the issuer for its demo users", e);
        }
    }
}
