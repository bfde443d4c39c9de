package nl.schoolboard.sexting.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user's HTTP client does: calls the gateway with an access token, as one staff member of one board. The
 * token comes from the issuer (the local stack's development issuer mints it for any identity on
 * {@code POST /dev/tokens}; a real provider would hand it out after the login).
 */
public final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final Map<String, String> identity;

    public GatewayClient(String gatewayUrl, String accessToken) {
        this.gatewayUrl = gatewayUrl;
        this.identity = accessToken == null ? Map.of() : Map.of("Authorization", "Bearer " + accessToken);
    }

    /** A client signed in with a token the issuer minted for these claims. */
    public static GatewayClient signedIn(String gatewayUrl, String issuerUrl, String userId, String role, String boardId,
                                         List<String> schools) {
        return new GatewayClient(gatewayUrl, token(issuerUrl, Map.of("sub", userId, "board", boardId,
                "schools", schools, "roles", List.of(role), "name", userId)));
    }

    /** Asks the development issuer for a token with these claims ({@code POST /dev/tokens}). */
    public static String token(String issuerUrl, Map<String, Object> claims) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(issuerUrl + "/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(claims))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the issuer refused a token: " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /** A CSV file, as a school uploads its spreadsheet export (e.g. the contact directory). */
    public Response postCsv(String path, String csv) {
        return send(request(path, Map.of()).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    public Response put(String path, String json) {
        return send(request(path, Map.of()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response get(String path, Map<String, String> extraHeaders) {
        return send(request(path, extraHeaders).GET().build());
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

    /** A case the gateway accepted: its id and version, and the correlation (trace) id of the report's request. */
    public record ReportedCase(String caseId, long version, String correlationId) {
    }

    /** Reports an incident ({@link #incidentReport}) and returns the case it opened; a refusal fails the caller. */
    public ReportedCase report(String schoolId, String victimRef, String senderRef) {
        Response accepted = post("/api/cases", incidentReport(schoolId, victimRef, senderRef), Map.of());
        if (accepted.status() != 201) {
            throw new IllegalStateException("the report was not accepted (" + accepted.status() + "): "
                    + accepted.body());
        }
        return new ReportedCase(accepted.json().get("caseId").asText(), accepted.json().get("version").asLong(),
                accepted.header("X-Correlation-Id"));
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
