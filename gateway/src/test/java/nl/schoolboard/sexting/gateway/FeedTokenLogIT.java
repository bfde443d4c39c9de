package nl.schoolboard.sexting.gateway;

import static nl.schoolboard.sexting.gateway.EdgeHttp.CORRELATION;
import static nl.schoolboard.sexting.gateway.EdgeHttp.TRACEPARENT;
import static nl.schoolboard.sexting.gateway.EdgeHttp.traceId;
import static nl.schoolboard.sexting.gateway.EdgeHttp.traceparent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The calendar feed's address is its only credential (calendar programs send no token), and prevention-service keeps
 * only its hash: the gateway's log must not keep it either. Every request to a feed address, answered or refused, is
 * logged with the token replaced by {@code ***}. The gateway's own loggers run at DEBUG here, so their quieter lines
 * are read too.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.nl.schoolboard.sexting.gateway=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class FeedTokenLogIT {

    private static final String FEED = "/api/prevention/calendar/";

    private static StubService services;
    private static StubService issuer;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        services = StubService.start("service");
        issuer = StubService.issuer();
        services.standInForEveryService(registry);
        issuer.registerAsIssuer(registry);
    }

    @AfterAll
    static void stopStubs() {
        services.close();
        issuer.close();
    }

    @Test
    void a_feed_token_never_reaches_the_log_whether_the_feed_is_served_or_refused(CapturedOutput output)
            throws Exception {
        EdgeHttp edge = new EdgeHttp(port);
        String token = feedToken();
        Map<String, HttpRequest.Builder> requests = new LinkedHashMap<>();
        requests.put("feed-served", edge.get(FEED + token + ".ics"));
        requests.put("feed-without-suffix", edge.get(FEED + token));
        requests.put("feed-posted", edge.request(FEED + token + ".ics").POST(HttpRequest.BodyPublishers.noBody()));
        requests.put("feed-with-a-token", edge.get(FEED + token + ".ics", TestTokens.token("leader-1")));

        for (Map.Entry<String, HttpRequest.Builder> request : requests.entrySet()) {
            HttpResponse<String> response = edge.send(request.getValue().header(TRACEPARENT, traceparent(request.getKey())));
            assertThat(response.statusCode()).as(request.getKey()).isIn(200, 401);
        }
        // the request line is written when the exchange completes, which may be just after the client has its answer
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getOut())
                .contains(requests.keySet().stream().map(id -> "correlationId=" + traceId(id)).toList()));

        assertThat(services.received()).as("the served feed reached the service with its token")
                .anySatisfy(received -> assertThat(received.path()).isEqualTo(FEED + token + ".ics"));
        assertThat(output.getAll()).doesNotContain(token)
                .contains("GET " + FEED + "*** -> prevention-service 200");
    }

    /** As prevention-service issues them: 32 random bytes, URL-safe Base64 without padding. */
    private static String feedToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
