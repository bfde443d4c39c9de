package nl.schoolboard.sexting.gateway;

import static nl.schoolboard.sexting.gateway.EdgeHttp.CORRELATION;
import static nl.schoolboard.sexting.gateway.EdgeHttp.TRACEPARENT;
import static nl.schoolboard.sexting.gateway.EdgeHttp.traceId;
import static nl.schoolboard.sexting.gateway.EdgeHttp.traceparent;
import static nl.schoolboard.sexting.gateway.EdgeHttp.TRACE_ID_PATTERN;
import static nl.schoolboard.sexting.gateway.EdgeHttp.assertProblem;
import static nl.schoolboard.sexting.gateway.EdgeHttp.assertSecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.server.WebFilter;

/**
 * The gateway against a stub HTTP server standing in for case-service, and against a port where nothing listens
 * standing in for a prevention-service that is down; tokens signed by a key of this test run, whose public half a
 * stub of the issuer serves. Routing, trace id, security headers, size limit, CORS and the order of it all.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    private static final String UI_ORIGIN = "https://desk.example.nl";

    private static StubService caseService;
    private static StubService issuer;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private EdgeHttp edge;
    private final TestTokens.Token leader = TestTokens.token("leader-1");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        caseService = StubService.start("case-service");
        issuer = StubService.issuer();
        int down = StubService.portWhereNothingListens();
        registry.add("gateway.services.case-service", caseService::url);
        registry.add("gateway.services.prevention-service", () -> "http://localhost:" + down);
        registry.add("gateway.cors.allowed-origin", () -> UI_ORIGIN);
        issuer.registerAsIssuer(registry);
    }

    @AfterAll
    static void stopStubs() {
        caseService.close();
        issuer.close();
    }

    @BeforeEach
    void forget() {
        edge = new EdgeHttp(port);
        caseService.forget();
    }

    @Test
    void routes_case_paths_to_the_case_service_unchanged() throws Exception {
        HttpResponse<String> response = edge.send(edge.get("/api/cases/42/timeline?since=3", leader));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"answeredBy\":\"case-service stub\"}");
        assertThat(caseService.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/cases/42/timeline");
            assertThat(request.query()).isEqualTo("since=3");
        });
    }

    @Test
    void continues_the_callers_trace_passes_it_on_and_tells_its_id() throws Exception {
        HttpResponse<String> response = edge.send(edge.get("/api/cases", leader)
                .header(TRACEPARENT, traceparent("report-2024-abc-123")));

        assertThat(response.headers().firstValue(CORRELATION)).hasValue(traceId("report-2024-abc-123"));
        assertThat(caseService.received()).singleElement().satisfies(request -> assertThat(
                request.headers().getFirst(TRACEPARENT)).startsWith("00-" + traceId("report-2024-abc-123") + "-"));
    }

    @Test
    void starts_a_trace_for_a_request_without_one_and_passes_it_on() throws Exception {
        HttpResponse<String> response = edge.send(edge.get("/api/cases", leader));

        String started = response.headers().firstValue(CORRELATION).orElseThrow();
        assertThat(started).matches(TRACE_ID_PATTERN);
        assertThat(caseService.received()).singleElement().satisfies(request -> assertThat(
                request.headers().getFirst(TRACEPARENT)).startsWith("00-" + started + "-"));
    }

    @Test
    void ignores_an_incoming_correlation_id_and_a_malformed_traceparent() throws Exception {
        for (String malformed : List.of("abc def", "00-xyz-00f067aa0ba902b7-01", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01")) {
            caseService.forget();

            HttpResponse<String> response = edge.send(edge.get("/api/cases", leader)
                    .header(CORRELATION, "report-2024-abc-123").header(TRACEPARENT, malformed));

            String started = response.headers().firstValue(CORRELATION).orElseThrow();
            assertThat(started).as("trace started instead of %s", malformed).matches(TRACE_ID_PATTERN)
                    .isNotEqualTo("0".repeat(32));
            assertThat(caseService.received()).singleElement().satisfies(request -> assertThat(
                    request.headers().getFirst(TRACEPARENT)).startsWith("00-" + started + "-"));
        }
    }

    @Test
    void puts_security_headers_on_proxied_responses_replacing_the_services_own() throws Exception {
        HttpResponse<String> response = edge.send(edge.get("/api/cases", leader));

        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
    }

    @Test
    void answers_an_unknown_path_with_404_problem_json_with_security_headers_and_correlation_id() throws Exception {
        HttpResponse<String> response = edge.send(edge.get("/api/nowhere", leader));

        assertProblem(response, 404, "https://sexting-protocol.example/problems/not-found");
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue(CORRELATION).orElseThrow()).matches(TRACE_ID_PATTERN);
        assertThat(caseService.received()).isEmpty();
    }

    @Test
    void leaves_health_info_and_everything_outside_the_api_open_without_a_token() throws Exception {
        HttpResponse<String> health = edge.send(edge.get("/actuator/health"));
        HttpResponse<String> liveness = edge.send(edge.get("/actuator/health/liveness"));
        HttpResponse<String> info = edge.send(edge.get("/actuator/info"));
        HttpResponse<String> uiPage = edge.send(edge.get("/cases/42"));
        HttpResponse<String> uiConfig = edge.send(edge.get("/ui-config.json"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(info.statusCode()).isEqualTo(200);
        // a page of the web UI and its configuration: never a demand to sign in (WebUiIT looks at what is served)
        assertThat(uiPage.statusCode()).isNotIn(401, 403);
        assertThat(uiPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertSecurityHeaders(uiPage);
        assertThat(uiConfig.statusCode()).isEqualTo(200);
    }

    @Test
    void refuses_a_body_larger_than_256_kb_with_413_problem_json_before_routing() throws Exception {
        byte[] tooLarge = new byte[300 * 1024];

        // no token: the size limit comes before the token check, so even this caller learns the limit
        HttpResponse<String> response = edge.send(newCase(HttpRequest.BodyPublishers.ofByteArray(tooLarge))
                .header(TRACEPARENT, traceparent("big-body-1")));

        JsonNode problem = assertProblem(response, 413, "https://sexting-protocol.example/problems/request-too-large");
        assertThat(problem.path("detail").asText()).contains("256 kB");
        assertThat(problem.path("correlationId").asText()).isEqualTo(traceId("big-body-1"));
        assertThat(response.headers().firstValue(CORRELATION)).hasValue(traceId("big-body-1"));
        assertThat(caseService.received()).isEmpty();
    }

    @Test
    void refuses_a_chunked_body_once_it_passes_256_kb() throws Exception {
        byte[] tooLarge = new byte[300 * 1024];

        HttpResponse<String> response = edge.send(newCase(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)))
                .header("Authorization", leader.bearer()));

        assertProblem(response, 413, "https://sexting-protocol.example/problems/request-too-large");
        assertThat(caseService.received()).noneMatch(request -> request.bodyBytes() >= tooLarge.length);
    }

    @Test
    void passes_a_body_within_the_limit() throws Exception {
        byte[] allowed = new byte[200 * 1024];

        HttpResponse<String> response = edge.send(newCase(HttpRequest.BodyPublishers.ofByteArray(allowed))
                .header("Authorization", leader.bearer()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(caseService.received()).singleElement()
                .satisfies(request -> assertThat(request.bodyBytes()).isEqualTo(allowed.length));
    }

    @Test
    void answers_503_problem_json_when_the_service_is_down() throws Exception {
        HttpResponse<String> response = edge.send(
                edge.get("/api/prevention/schools/7/plan", leader).header(TRACEPARENT, traceparent("down-1")));

        JsonNode problem = assertProblem(response, 503, "https://sexting-protocol.example/problems/service-unavailable");
        assertThat(problem.path("detail").asText()).contains("De preventiedienst");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/prevention/schools/7/plan");
        assertThat(problem.path("correlationId").asText()).isEqualTo(traceId("down-1"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertSecurityHeaders(response);
    }

    @Test
    void answers_a_preflight_and_a_call_from_the_configured_ui_origin_with_cors_headers() throws Exception {
        HttpResponse<String> response = edge.send(preflight("/api/cases", UI_ORIGIN)
                .header("Access-Control-Request-Headers", "authorization,content-type"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(UI_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "content-type");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertSecurityHeaders(response);
        assertThat(caseService.received()).isEmpty();

        HttpResponse<String> call = edge.send(edge.get("/api/cases", leader).header("Origin", UI_ORIGIN));
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().allValues("Access-Control-Allow-Origin")).containsExactly(UI_ORIGIN);
        assertThat(call.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains(CORRELATION, "Retry-After");
    }

    @Test
    void gives_a_preflight_or_call_from_any_other_origin_no_cors_headers() throws Exception {
        List<HttpRequest.Builder> foreign = List.of(
                preflight("/api/cases", "https://evil.example"),
                preflight("/api/cases", "http://localhost:8080"),
                preflight("/api/cases", UI_ORIGIN + ".evil.example"),
                edge.get("/api/cases", leader).header("Origin", "https://evil.example"));

        for (HttpRequest.Builder request : foreign) {
            HttpResponse<String> response = edge.send(request);

            assertThat(response.statusCode()).as("%s", request.build()).isEqualTo(403);
            assertThat(response.headers().map().keySet())
                    .as("%s", request.build())
                    .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
            assertSecurityHeaders(response);
        }
        assertThat(caseService.received()).isEmpty();
    }

    @Test
    void runs_correlation_headers_size_limit_and_header_removal_before_the_token_check_and_the_rate_limit_after() {
        List<String> filters = context.getBeanProvider(WebFilter.class).orderedStream()
                .map(filter -> filter.getClass().getSimpleName())
                .toList();

        assertThat(filters).containsSubsequence("CorrelationIdFilter", "SecurityHeadersFilter",
                "RequestSizeLimitFilter", "UntrustedIdentityHeadersFilter", "WebFilterChainProxy", "RateLimitFilter");
        assertThat(filters.subList(0, 6)).as("nothing else runs in between or before")
                .containsExactly("CorrelationIdFilter", "SecurityHeadersFilter", "RequestSizeLimitFilter",
                        "UntrustedIdentityHeadersFilter", "WebFilterChainProxy", "RateLimitFilter");
    }

    /** A new case as JSON: the request the size limit is tried on. */
    private HttpRequest.Builder newCase(HttpRequest.BodyPublisher body) {
        return edge.request("/api/cases").header("Content-Type", "application/json").POST(body);
    }

    private HttpRequest.Builder preflight(String path, String origin) {
        return edge.request(path)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST");
    }
}
