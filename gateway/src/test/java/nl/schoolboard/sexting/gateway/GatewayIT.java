package nl.schoolboard.sexting.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway against a stub HTTP server standing in for case-service, and against a port where nothing listens
 * standing in for a prevention-service that is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    private static final String CORRELATION = "X-Correlation-Id";
    private static final String UUID_PATTERN =
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static HttpServer caseServiceStub;
    private static final List<Recorded> received = new CopyOnWriteArrayList<>();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    record Recorded(String method, String path, String query, Headers headers, int bodyBytes) {
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        caseServiceStub = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        caseServiceStub.createContext("/", GatewayIT::answerAsCaseService);
        caseServiceStub.start();
        int down = portWhereNothingListens();
        registry.add("gateway.services.case-service",
                () -> "http://localhost:" + caseServiceStub.getAddress().getPort());
        registry.add("gateway.services.prevention-service", () -> "http://localhost:" + down);
    }

    @AfterAll
    static void stopStub() {
        caseServiceStub.stop(0);
    }

    @BeforeEach
    void forget() {
        received.clear();
    }

    @Test
    void routes_case_paths_to_the_case_service_unchanged() throws Exception {
        HttpResponse<String> response = send(get("/api/cases/42/timeline?since=3"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"answeredBy\":\"case-service stub\"}");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/cases/42/timeline");
            assertThat(request.query()).isEqualTo("since=3");
        });
    }

    @Test
    void keeps_a_well_formed_incoming_correlation_id_and_passes_it_on() throws Exception {
        String given = "report-2024-abc-123";

        HttpResponse<String> response = send(get("/api/cases").header(CORRELATION, given));

        assertThat(response.headers().firstValue(CORRELATION)).hasValue(given);
        assertThat(received).singleElement()
                .satisfies(request -> assertThat(request.headers().get(CORRELATION)).containsExactly(given));
    }

    @Test
    void gives_a_request_without_correlation_id_a_new_one_and_passes_it_on() throws Exception {
        HttpResponse<String> response = send(get("/api/cases"));

        String generated = response.headers().firstValue(CORRELATION).orElseThrow();
        assertThat(generated).matches(UUID_PATTERN);
        assertThat(received).singleElement()
                .satisfies(request -> assertThat(request.headers().get(CORRELATION)).containsExactly(generated));
    }

    @Test
    void replaces_a_malformed_or_too_long_correlation_id() throws Exception {
        for (String malformed : List.of("abc def", "abc<script>", "a".repeat(65), "abc_123")) {
            received.clear();

            HttpResponse<String> response = send(get("/api/cases").header(CORRELATION, malformed));

            String used = response.headers().firstValue(CORRELATION).orElseThrow();
            assertThat(used).as("id used instead of %s", malformed).matches(UUID_PATTERN);
            assertThat(received).singleElement()
                    .satisfies(request -> assertThat(request.headers().get(CORRELATION)).containsExactly(used));
        }
        HttpResponse<String> longest = send(get("/api/cases").header(CORRELATION, "b".repeat(64)));
        assertThat(longest.headers().firstValue(CORRELATION)).hasValue("b".repeat(64));
    }

    @Test
    void puts_security_headers_on_proxied_responses_replacing_the_services_own() throws Exception {
        HttpResponse<String> response = send(get("/api/cases"));

        assertSecurityHeaders(response);
    }

    @Test
    void answers_an_unknown_path_with_404_problem_json_with_security_headers_and_correlation_id() throws Exception {
        HttpResponse<String> response = send(get("/api/nowhere"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, 404, "urn:sexting-protocol:problem:not-found");
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue(CORRELATION).orElseThrow()).matches(UUID_PATTERN);
        assertThat(received).isEmpty();
    }

    @Test
    void refuses_a_body_larger_than_256_kb_with_413_problem_json_before_routing() throws Exception {
        byte[] tooLarge = new byte[300 * 1024];

        HttpResponse<String> response = send(request("/api/cases")
                .header("Content-Type", "application/json")
                .header(CORRELATION, "big-body-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = assertProblem(response, 413, "urn:sexting-protocol:problem:request-too-large");
        assertThat(problem.path("detail").asText()).contains("256 KB");
        assertThat(problem.path("correlationId").asText()).isEqualTo("big-body-1");
        assertThat(response.headers().firstValue(CORRELATION)).hasValue("big-body-1");
        assertThat(received).isEmpty();
    }

    @Test
    void refuses_a_chunked_body_once_it_passes_256_kb() throws Exception {
        byte[] tooLarge = new byte[300 * 1024];

        HttpResponse<String> response = send(request("/api/cases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413, "urn:sexting-protocol:problem:request-too-large");
        assertThat(received).noneMatch(request -> request.bodyBytes() >= tooLarge.length);
    }

    @Test
    void passes_a_body_within_the_limit() throws Exception {
        byte[] allowed = new byte[200 * 1024];

        HttpResponse<String> response = send(request("/api/cases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(allowed)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(received).singleElement()
                .satisfies(request -> assertThat(request.bodyBytes()).isEqualTo(allowed.length));
    }

    @Test
    void answers_503_problem_json_when_the_service_is_down() throws Exception {
        HttpResponse<String> response = send(get("/api/prevention/schools/7/plan").header(CORRELATION, "down-1"));

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode problem = assertProblem(response, 503, "urn:sexting-protocol:problem:service-unavailable");
        assertThat(problem.path("detail").asText()).contains("prevention service");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/prevention/schools/7/plan");
        assertThat(problem.path("correlationId").asText()).isEqualTo("down-1");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertSecurityHeaders(response);
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(csp -> assertThat(csp).startsWith("default-src 'self'").doesNotContain("https:"));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void answerAsCaseService(HttpExchange exchange) throws IOException {
        int bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.readAllBytes().length;
        } catch (IOException cutOff) {
            exchange.close();
            return;
        }
        received.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(), exchange.getRequestHeaders(), bodyBytes));
        byte[] answer = "{\"answeredBy\":\"case-service stub\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // a service's own, weaker choice that the gateway must replace
        exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
        exchange.getResponseHeaders().set(CORRELATION, "not-" + UUID.randomUUID());
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static int portWhereNothingListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
