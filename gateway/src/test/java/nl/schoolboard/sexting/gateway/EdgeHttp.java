package nl.schoolboard.sexting.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A client of the gateway under test, and the checks every answer of the edge must pass. */
final class EdgeHttp {

    /** The trace id of the request, told to the caller. */
    static final String CORRELATION = "X-Correlation-Id";
    static final String TRACEPARENT = "traceparent";
    static final String TRACE_ID_PATTERN = "[0-9a-f]{32}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    EdgeHttp(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    /** GET with the {@code Authorization} header of {@code token}. */
    HttpRequest.Builder get(String path, TestTokens.Token token) {
        return get(path).header("Authorization", token.bearer());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A trace id (32 hexadecimal digits) named by a label, so that a test finds what its request caused. */
    static String traceId(String label) {
        return UUID.nameUUIDFromBytes(label.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** A caller's W3C trace context in the trace {@link #traceId(String) named} by {@code label}. */
    static String traceparent(String label) {
        return "00-" + traceId(label) + "-00f067aa0ba902b7-01";
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        String correlationId = response.headers().firstValue(CORRELATION).orElseThrow();
        assertThat(problem.path("correlationId").asText()).isEqualTo(correlationId);
        return problem;
    }

    static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(csp -> {
                    assertThat(csp).startsWith("default-src 'self'").doesNotContain("'unsafe-");
                    // hosts by name only: no whole scheme ("https:") and no wildcard may be allowed
                    assertThat(csp.split("[;\\s]+")).doesNotContain("https:", "http:", "data:", "*");
                });
    }
}
