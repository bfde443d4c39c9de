package nl.schoolboard.sexting.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An HTTP server standing in for a service (or for the token issuer's JWKS endpoint): records every request and
 * answers {@code {"answeredBy":"<name> stub"}}, or a fixed document on a path given to {@link #serve}. Like a real
 * service it sets its own, weaker {@code X-Frame-Options} and a correlation id of its own, which the gateway must
 * replace.
 */
final class StubService extends Downstream<StubService.Recorded> {

    record Recorded(String method, String path, String query, Headers headers, int bodyBytes) {
    }

    private final String name;
    private final Map<String, String> documents = new ConcurrentHashMap<>();

    private StubService(String name) throws IOException {
        this.name = name;
    }

    static StubService start(String name) throws IOException {
        return new StubService(name);
    }

    /** A stub of the token issuer: its JWKS endpoint serves {@link TestTokens#jwks()}. */
    static StubService issuer() throws IOException {
        return start("issuer").serve(TestTokens.JWKS_PATH, TestTokens.jwks());
    }

    /** Makes the gateway trust tokens of {@link TestTokens#ISSUER}, with the keys this (issuer) stub serves. */
    void registerAsIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> url() + TestTokens.JWKS_PATH);
    }

    /** Answers GET {@code path} with this JSON document. */
    StubService serve(String path, String json) {
        documents.put(path, json);
        return this;
    }

    static int portWhereNothingListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        int bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.readAllBytes().length;
        } catch (IOException cutOff) {
            exchange.close();
            return;
        }
        String path = exchange.getRequestURI().getPath();
        record(new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders(), bodyBytes));
        String document = "GET".equals(exchange.getRequestMethod()) ? documents.get(path) : null;
        byte[] answer = (document != null ? document : "{\"answeredBy\":\"" + name + " stub\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
        exchange.getResponseHeaders().set("X-Correlation-Id", "not-" + UUID.randomUUID());
        answerJson(exchange, 200, answer);
    }
}
