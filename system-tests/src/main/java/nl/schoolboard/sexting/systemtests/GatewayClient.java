package nl.schoolboard.sexting.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user's HTTP client does: calls the gateway, as one staff member of one board.
 * Identity is still carried by headers at this stage (see the case service's RequestActorResolver).
 */
public final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final Map<String, String> identity;

    public GatewayClient(String gatewayUrl, String userId, String role, String boardId) {
        this.gatewayUrl = gatewayUrl;
        this.identity = Map.of("X-Actor-Id", userId, "X-Actor-Role", role, "X-Board-Id", boardId);
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Response post(String path, String json, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = request(path, extraHeaders)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    public Response get(String path) {
        return send(request(path, Map.of()).GET().build());
    }

    private HttpRequest.Builder request(String path, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(identity);
        headers.putAll(extraHeaders);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return request;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A complete incident report as the case desk would send it; pupil references only, never names. */
    public static String incidentReport(String schoolId, String victimRef, String senderRef) {
        return """
                {"schoolId":"%s","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"VICTIM_TOLD_STAFF",
                 "materialKind":"PHOTO","platforms":["SNAPCHAT","WHATSAPP"],"minorNudeInvolved":true,
                 "involvedPupils":[{"pupilRef":"%s","role":"VICTIM"},{"pupilRef":"%s","role":"SENDER"}],
                 "yearGroups":["3"]}""".formatted(schoolId, victimRef, senderRef);
    }
}
