package nl.schoolboard.sexting.gateway;

import static nl.schoolboard.sexting.gateway.EdgeHttp.assertProblem;
import static nl.schoolboard.sexting.gateway.EdgeHttp.assertSecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OpenAPI documents of the three services through the gateway, without a token, and the gateway's index of
 * them. Each service is a stub that serves a document of its own under its API's path prefix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentsIT {

    private static final Map<String, String> DOCUMENT_PATHS = Map.of(
            "case-service", "/api/cases/v3/api-docs",
            "notification-service", "/api/notifications/v3/api-docs",
            "prevention-service", "/api/prevention/v3/api-docs");

    private static StubService caseService;
    private static StubService notificationService;
    private static StubService preventionService;
    private static StubService issuer;

    @LocalServerPort
    int port;

    private EdgeHttp edge;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        caseService = StubService.start("case-service")
                .serve(DOCUMENT_PATHS.get("case-service"), document("case-service"));
        notificationService = StubService.start("notification-service")
                .serve(DOCUMENT_PATHS.get("notification-service"), document("notification-service"));
        preventionService = StubService.start("prevention-service")
                .serve(DOCUMENT_PATHS.get("prevention-service"), document("prevention-service"));
        issuer = StubService.issuer();
        registry.add("gateway.services.case-service", caseService::url);
        registry.add("gateway.services.notification-service", notificationService::url);
        registry.add("gateway.services.prevention-service", preventionService::url);
        issuer.registerAsIssuer(registry);
    }

    @AfterAll
    static void stopStubs() {
        for (StubService stub : List.of(caseService, notificationService, preventionService, issuer)) {
            stub.close();
        }
    }

    @BeforeEach
    void forget() {
        edge = new EdgeHttp(port);
        for (StubService stub : List.of(caseService, notificationService, preventionService)) {
            stub.forget();
        }
    }

    @Test
    void serves_the_openapi_document_of_each_service_without_a_token() throws Exception {
        Map<String, StubService> stubs = Map.of("case-service", caseService,
                "notification-service", notificationService, "prevention-service", preventionService);

        for (Map.Entry<String, String> document : DOCUMENT_PATHS.entrySet()) {
            HttpResponse<String> response = edge.send(edge.get(document.getValue()));

            assertThat(response.statusCode()).as(document.getValue()).isEqualTo(200);
            assertThat(EdgeHttp.json(response.body()).path("info").path("title").asText())
                    .isEqualTo(document.getKey());
            assertSecurityHeaders(response);
            assertThat(stubs.get(document.getKey()).received()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo(document.getValue());
                assertThat(request.headers().containsKey("Authorization")).isFalse();
            });
        }
    }

    @Test
    void lists_the_three_documents_at_api_docs_without_a_token_and_each_listed_url_answers() throws Exception {
        HttpResponse<String> response = edge.send(edge.get("/api/docs"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertSecurityHeaders(response);
        JsonNode documents = EdgeHttp.json(response.body()).path("documents");
        List<String> services = new ArrayList<>();
        for (JsonNode document : documents) {
            String service = document.path("service").asText();
            services.add(service);
            assertThat(document.path("url").asText()).as(service).isEqualTo(DOCUMENT_PATHS.get(service));
            HttpResponse<String> listed = edge.send(edge.get(document.path("url").asText()));
            assertThat(EdgeHttp.json(listed.body()).path("openapi").asText()).as(service).startsWith("3.");
        }
        assertThat(services).containsExactlyInAnyOrder("case-service", "notification-service", "prevention-service");
    }

    @Test
    void opens_only_reading_the_documents_everything_else_of_the_services_still_needs_a_token() throws Exception {
        List<HttpRequest.Builder> requests = List.of(
                edge.get("/api/cases/v3"),
                edge.get("/api/notifications/v3/api-docs-copy"),
                edge.get("/api/prevention/v3"),
                edge.request("/api/cases/v3/api-docs").POST(HttpRequest.BodyPublishers.ofString("{}")),
                edge.request("/api/docs").DELETE());

        for (HttpRequest.Builder request : requests) {
            assertProblem(edge.send(request), 401, "https://sexting-protocol.example/problems/unauthenticated");
        }
        assertThat(caseService.received()).isEmpty();
        assertThat(notificationService.received()).isEmpty();
        assertThat(preventionService.received()).isEmpty();
    }

    private static String document(String service) {
        return "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + service + "\",\"version\":\"v1\"},\"paths\":{}}";
    }
}
