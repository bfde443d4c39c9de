package nl.schoolboard.sexting.gateway;

import static nl.schoolboard.sexting.gateway.EdgeHttp.CORRELATION;
import static nl.schoolboard.sexting.gateway.EdgeHttp.TRACEPARENT;
import static nl.schoolboard.sexting.gateway.EdgeHttp.traceId;
import static nl.schoolboard.sexting.gateway.EdgeHttp.traceparent;
import static nl.schoolboard.sexting.gateway.EdgeHttp.assertProblem;
import static nl.schoolboard.sexting.gateway.EdgeHttp.assertSecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The token check at the edge: who may pass to the services, and what of the caller's identity reaches them.
 * Every service sits behind one stub here, which records what it receives; the issuer's JWKS comes from another.
 */
class IdentityIT extends EdgeBeforeStubs {

    private static final String UNAUTHENTICATED = "https://sexting-protocol.example/problems/unauthenticated";
    private static final List<String> API_PATHS = List.of("/api/cases", "/api/cases/42/timeline",
            "/api/audit/cases/42", "/api/notifications/cases/42", "/api/prevention/schools/7/plan", "/api/nowhere",
            "/api");


    @Test
    void refuses_every_api_path_without_a_token_with_401_problem_json_correlation_id_and_security_headers()
            throws Exception {
        for (String path : API_PATHS) {
            HttpResponse<String> response = edge.send(edge.get(path).header(TRACEPARENT, traceparent("no-token-1")));

            JsonNode problem = assertProblem(response, 401, UNAUTHENTICATED);
            assertThat(problem.path("correlationId").asText()).as(path).isEqualTo(traceId("no-token-1"));
            assertThat(problem.path("instance").asText()).isEqualTo(path);
            assertThat(response.headers().allValues("WWW-Authenticate")).as(path).containsExactly("Bearer");
            assertSecurityHeaders(response);
        }
        HttpResponse<String> post = edge.send(edge.request("/api/cases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"schoolId\":\"school-1\"}")));
        assertProblem(post, 401, UNAUTHENTICATED);
        assertThat(services.received()).isEmpty();
    }

    @Test
    void refuses_a_token_in_the_query_string_or_under_another_scheme() throws Exception {
        String token = TestTokens.token("leader-1").sign();

        List<HttpRequest.Builder> requests = List.of(
                edge.get("/api/cases?access_token=" + token),
                edge.get("/api/cases").header("Authorization", "Basic " + token),
                edge.get("/api/cases").header("Authorization", token));

        for (HttpRequest.Builder request : requests) {
            assertProblem(edge.send(request), 401, UNAUTHENTICATED);
        }
        assertThat(services.received()).isEmpty();
    }

    @Test
    void refuses_expired_wrongly_signed_wrong_audience_wrong_issuer_tampered_and_unsigned_tokens_with_401()
            throws Exception {
        String valid = TestTokens.token("leader-1").sign();
        Map<String, String> refused = new LinkedHashMap<>();
        // beyond Spring Security's 60 seconds of allowed clock skew
        refused.put("expired", TestTokens.token("leader-1").expiredAt(Instant.now().minus(Duration.ofMinutes(2))).sign());
        refused.put("wrongly signed", TestTokens.token("leader-1").signedByAForger().sign());
        refused.put("wrong audience", TestTokens.token("leader-1").audience("another-system").sign());
        refused.put("no audience", TestTokens.token("leader-1").audience().sign());
        refused.put("wrong issuer", TestTokens.token("leader-1").issuer("https://issuer.evil.example").sign());
        refused.put("tampered", TestTokens.tampered(valid));
        refused.put("unsigned", TestTokens.unsigned(valid));
        refused.put("garbage", "not.a.token");

        for (Map.Entry<String, String> token : refused.entrySet()) {
            HttpResponse<String> response = edge.send(edge.get("/api/cases/42")
                    .header("Authorization", "Bearer " + token.getValue())
                    .header(TRACEPARENT, traceparent("bad-token-1")));

            JsonNode problem = assertProblem(response, 401, UNAUTHENTICATED);
            assertThat(problem.path("correlationId").asText()).as(token.getKey()).isEqualTo(traceId("bad-token-1"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(token.getKey())
                    .hasValue("Bearer error=\"invalid_token\"");
            assertSecurityHeaders(response);
        }
        assertThat(services.received()).isEmpty();
        // the same valid token passes: what was refused was the token, not the request
        assertThat(edge.send(edge.get("/api/cases/42").header("Authorization", "Bearer " + valid)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void routes_a_request_with_a_valid_token_and_relays_its_authorization_header_unchanged() throws Exception {
        String authorization = TestTokens.token("counsellor-7").bearer();

        for (String path : List.of("/api/cases/42", "/api/audit/cases/42", "/api/notifications/cases/42",
                "/api/prevention/schools/7/plan")) {
            services.forget();

            HttpResponse<String> response = edge.send(edge.get(path).header("Authorization", authorization));

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"answeredBy\":\"service stub\"}");
            assertThat(services.received()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo(path);
                assertThat(request.headers().get("Authorization")).containsExactly(authorization);
            });
        }
    }

    @Test
    void lets_calendar_programs_fetch_a_school_feed_without_a_token_and_nothing_else_there() throws Exception {
        HttpResponse<String> feed = edge.send(edge.get("/api/prevention/calendar/Zm9vYmFy-_123.ics"));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(services.received()).singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/api/prevention/calendar/Zm9vYmFy-_123.ics"));

        services.forget();
        for (HttpRequest.Builder request : List.of(
                edge.get("/api/prevention/calendar/school-1/feed.ics"),
                edge.get("/api/prevention/calendar/Zm9vYmFy"),
                edge.request("/api/prevention/calendar/Zm9vYmFy.ics").POST(HttpRequest.BodyPublishers.noBody()))) {
            assertProblem(edge.send(request), 401, UNAUTHENTICATED);
        }
        assertThat(services.received()).isEmpty();
    }

    @Test
    void never_passes_on_actor_or_board_headers_sent_by_the_caller() throws Exception {
        String authorization = TestTokens.token("member-3").bearer();

        HttpResponse<String> response = edge.send(edge.request("/api/cases")
                .header("Authorization", authorization)
                .header("X-Actor-Id", "someone-else")
                .header("x-actor-role", "BOARD_ADMINISTRATOR")
                .header("X-ACTOR-NAME", "Director")
                .header("X-Board-Id", "another-board")
                .header("X-Acting-Role", "SCHOOL_LEADER")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(services.received()).singleElement().satisfies(request -> {
            assertThat(request.headers().keySet())
                    .noneMatch(name -> name.toLowerCase().startsWith("x-actor-"))
                    .noneMatch(name -> name.equalsIgnoreCase("X-Board-Id"));
            assertThat(request.headers().get("Authorization")).containsExactly(authorization);
            // choosing one of the token's own roles is the service's to check, against the token
            assertThat(request.headers().get("X-Acting-Role")).containsExactly("SCHOOL_LEADER");
        });
    }
}
