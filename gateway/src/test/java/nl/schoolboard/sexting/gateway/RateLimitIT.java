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
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The rate limit per user, with a small bucket (burst 5, refilled at 1 request per second) so that a test reaches
 * it quickly. Each test uses callers of its own, so the tests do not share buckets.
 */
@TestPropertySource(properties = {
        "gateway.rate-limit.requests-per-second=1",
        "gateway.rate-limit.burst=" + RateLimitIT.BURST})
class RateLimitIT extends EdgeBeforeStubs {

    static final int BURST = 5;
    /** Requests beyond the burst within which the refusal must come (a slow machine may refill one or two). */
    private static final int SLACK = 3;


    @Test
    void refuses_a_user_above_the_burst_with_429_problem_json_and_retry_after_while_another_user_passes()
            throws Exception {
        TestTokens.Token busy = TestTokens.token("busy-user");
        TestTokens.Token other = TestTokens.token("other-user");

        HttpResponse<String> refused = sendUntilRefused(() -> edge.get("/api/cases", busy));

        JsonNode problem = assertProblem(refused, 429, "https://sexting-protocol.example/problems/too-many-requests");
        assertThat(problem.path("correlationId").asText()).isEqualTo(traceId("rate-1"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertSecurityHeaders(refused);
        int passed = services.received().size();
        assertThat(passed).isBetween(BURST, BURST + SLACK - 1);

        // another user has a bucket of their own
        assertThat(edge.send(edge.get("/api/cases", other)).statusCode()).isEqualTo(200);
        assertThat(services.received()).hasSize(passed + 1);
        // the bucket is the user's, not the token's: a new token of theirs finds it (nearly) empty, where a
        // fresh bucket would let both requests pass
        assertThat(refusedWithinTwo(() -> edge.get("/api/cases", TestTokens.token("busy-user")))).isTrue();
    }

    @Test
    void counts_requests_without_a_token_per_client_address_apart_from_signed_in_users() throws Exception {
        HttpResponse<String> refused = sendUntilRefused(() -> edge.get("/api/notifications/v3/api-docs"));

        assertProblem(refused, 429, "https://sexting-protocol.example/problems/too-many-requests");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refusedWithinTwo(() -> edge.get("/api/docs"))).as("same address, same bucket").isTrue();
        assertThat(edge.send(edge.get("/api/cases", TestTokens.token("signed-in-user"))).statusCode())
                .as("a signed-in user from the same address").isEqualTo(200);
    }

    @Test
    void does_not_limit_health_checks() throws Exception {
        for (int i = 0; i < BURST * 3; i++) {
            assertThat(edge.send(edge.get("/actuator/health")).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> sendUntilRefused(RequestSupplier request) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < BURST + SLACK; i++) {
            HttpResponse<String> response = edge.send(request.get().header(TRACEPARENT, traceparent("rate-1")));
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                assertThat(statuses.subList(0, BURST)).as("the burst passes").containsOnly(200);
                return response;
            }
        }
        throw new AssertionError("no 429 after " + statuses.size() + " requests: " + statuses);
    }

    private boolean refusedWithinTwo(RequestSupplier request) throws Exception {
        return edge.send(request.get()).statusCode() == 429 || edge.send(request.get()).statusCode() == 429;
    }

    @FunctionalInterface
    private interface RequestSupplier {
        HttpRequest.Builder get();
    }
}
