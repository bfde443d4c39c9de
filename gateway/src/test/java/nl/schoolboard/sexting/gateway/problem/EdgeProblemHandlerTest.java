package nl.schoolboard.sexting.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.gateway.ratelimit.TooManyRequests;
import nl.schoolboard.sexting.platform.words.Catalogue;
import nl.schoolboard.sexting.platform.words.ProblemWording;
import nl.schoolboard.sexting.platform.words.WordsConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The security chain's refusals and the rate limit, in the edge's problem+json. */
class EdgeProblemHandlerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final EdgeProblemHandler handler = new EdgeProblemHandler(json,
            new ProblemWording(new Catalogue(WordsConfiguration.catalogueSource())));

    @Test
    void answers_a_caller_without_token_with_401_and_a_plain_bearer_challenge() throws Exception {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new AuthenticationCredentialsNotFoundException("Not Authenticated",
                new AccessDeniedException("Access Denied"))).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(401);
        assertThat(exchange.getResponse().getHeaders().get("WWW-Authenticate")).containsExactly("Bearer");
        assertThat(problem(exchange).path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/unauthenticated");
        assertThat(problem(exchange).path("title").asText()).isEqualTo("Log eerst in");
        assertThat(problem(exchange).path("detail").asText()).contains("geen toegangsbewijs");
    }

    @Test
    void answers_a_refused_token_with_401_invalid_token_without_saying_why() throws Exception {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new InvalidBearerTokenException("Jwt expired at 2026-01-01T00:00:00Z")).block();

        assertThat(exchange.getResponse().getHeaders().get("WWW-Authenticate"))
                .containsExactly("Bearer error=\"invalid_token\"");
        JsonNode problem = problem(exchange);
        assertThat(problem.path("detail").asText()).contains("Log opnieuw in");
        assertThat(problem.toString()).doesNotContain("2026-01-01");
    }

    @Test
    void answers_a_refusal_of_a_signed_in_caller_with_403() throws Exception {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new AccessDeniedException("Access Denied")).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(403);
        assertThat(exchange.getResponse().getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().containsKey("WWW-Authenticate")).isFalse();
        assertThat(problem(exchange).path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/forbidden");
    }

    @Test
    void answers_a_caller_above_the_rate_limit_with_429_and_retry_after_in_whole_seconds() throws Exception {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new TooManyRequests(Duration.ofMillis(2_300))).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(429);
        assertThat(exchange.getResponse().getHeaders().get("Retry-After")).containsExactly("3");
        JsonNode problem = problem(exchange);
        assertThat(problem.path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/too-many-requests");
        assertThat(problem.path("detail").asText()).contains("Wacht 3 seconde");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/cases");
    }

    @Test
    void a_caller_who_asks_for_english_is_answered_in_english() throws Exception {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/cases")
                .header("Accept-Language", "en-GB,en;q=0.8"));

        handler.handle(exchange, new TooManyRequests(Duration.ofMillis(2_300))).block();

        assertThat(problem(exchange).path("title").asText()).isEqualTo("Too many requests");
        assertThat(problem(exchange).path("detail").asText()).contains("Wait 3 second");
        assertThat(exchange.getResponse().getHeaders().getFirst("Content-Language")).isEqualTo("en");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/cases"));
    }

    private JsonNode problem(MockServerWebExchange exchange) throws Exception {
        return json.readTree(exchange.getResponse().getBodyAsString().block());
    }
}
