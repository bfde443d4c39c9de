package nl.schoolboard.sexting.caseservice.support;

import nl.schoolboard.sexting.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * A plain HTTP client as a caller of the API would use it. Tests name the caller with the headers
 * {@code X-Actor-Id}, {@code X-Actor-Role}, {@code X-Board-Id} and {@code X-Actor-Schools} (comma-separated); this
 * client turns them into a signed access token ({@link TestTokens}) and sends only that, as a real client would.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /**
     * The headers that name a caller ({@code schools} comma-separated); a map the test may still add to, e.g. an
     * {@code Idempotency-Key} or {@code X-Correlation-Id}.
     */
    public static Map<String, String> caller(String userId, String role, String boardId, String schools) {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Actor-Id", userId);
        headers.put("X-Actor-Role", role);
        headers.put("X-Board-Id", boardId);
        headers.put("X-Actor-Schools", schools);
        return headers;
    }

    public Response post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        withIdentity(headers).forEach(request::header);
        return send(request.build());
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        withIdentity(headers).forEach(request::header);
        return send(request.build());
    }

    private static Map<String, String> withIdentity(Map<String, String> headers) {
        Map<String, String> sent = new java.util.HashMap<>(headers);
        String user = sent.remove("X-Actor-Id");
        String role = sent.remove("X-Actor-Role");
        String board = sent.remove("X-Board-Id");
        String schools = sent.remove("X-Actor-Schools");
        if (user != null && role != null && board != null) {
            sent.put("Authorization", "Bearer " + TestTokens.token(user, role, board,
                    schools == null || schools.isBlank() ? java.util.List.of() : java.util.List.of(schools.split(","))));
        }
        return sent;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
