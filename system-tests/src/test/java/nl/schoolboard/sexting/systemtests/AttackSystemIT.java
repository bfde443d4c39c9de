package nl.schoolboard.sexting.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.testsupport.AttackRound;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tenant isolation and need-to-know as an attacker tries them: through the gateway, against every endpoint that the
 * services' OpenAPI documents list, with no token, forged tokens and real tokens from the issuer for people who must
 * not get the data. Every attempt must be refused without the data and without a server error.
 */
class AttackSystemIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOARD = "victim-board";
    private static final String SECRET_GUARDIAN = "geheime.ouder@ouders.example";
    private static final String SECRET_TEXT = "dit mag niemand anders lezen";
    private static final List<String> API_DOCUMENTS = List.of(
            "/api/cases/v3/api-docs", "/api/notifications/v3/api-docs", "/api/prevention/v3/api-docs");

    static LocalStack stack;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String school;
    static String pupil;
    static String caseId;
    static String activityId;

    record Endpoint(String method, String template, String path) {
        boolean isPublic() {
            return template.contains("/v3/api-docs") || template.contains("/calendar/");
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    @BeforeAll
    static void aSchoolWithACase() {
        stack = RunningSystem.stack();
        school = "victim-school-" + UUID.randomUUID().toString().substring(0, 6);
        pupil = "PX-9" + UUID.randomUUID().toString().substring(0, 6);
        GatewayClient leader = leader(BOARD, school);
        leader.put("/api/notifications/directory/boards/" + BOARD + "/schools/" + school + "/pupils/" + pupil + "/guardians",
                "{\"guardians\":[{\"name\":\"Geheime Ouder\",\"email\":\"" + SECRET_GUARDIAN + "\",\"language\":\"nl\"}]}");
        caseId = leader.post("/api/cases", GatewayClient.incidentReport(school, pupil, "PY-1"), Map.of()).json().get("caseId").asText();
        leader.post("/api/cases/" + caseId + "/victim-conversation", "{\"occurredAt\":\"2026-11-20T10:00:00Z\",\"victim\":\""
                + pupil + "\",\"concerns\":\"" + SECRET_TEXT + "\"}", Map.of());
        JsonNode plan = await().atMost(Duration.ofSeconds(60)).until(
                () -> leader.get("/api/prevention/schools/" + school + "/activities"),
                r -> r.status() == 200 && r.json().size() > 0).json();
        activityId = plan.get(0).get("id").asText();
    }

    static GatewayClient leader(String board, String school) {
        return GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "leader-" + school, "SCHOOL_LEADER", board, List.of(school));
    }

    static String token(String sub, String role, String board, List<String> schools, Map<String, Object> extra) {
        Map<String, Object> claims = new LinkedHashMap<>(Map.of("sub", sub, "board", board, "schools", schools,
                "roles", List.of(role), "name", sub));
        claims.putAll(extra);
        return GatewayClient.token(stack.issuerUrl(), claims);
    }

    static List<Endpoint> everyEndpoint() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String document : API_DOCUMENTS) {
            HttpResponse<String> response = send("GET", document, null);
            assertThat(response.statusCode()).as(document + " through the gateway").isEqualTo(200);
            JsonNode paths = JSON.readTree(response.body()).get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> endpoints.add(
                        new Endpoint(method.toUpperCase(), path.getKey(), concrete(path.getKey()))));
            }
        }
        return endpoints;
    }

    static String concrete(String template) {
        return template.replace("{caseId}", caseId).replace("{schoolId}", school).replace("{boardId}", BOARD)
                .replace("{pupilRef}", pupil).replace("{personRef}", pupil).replace("{id}", activityId)
                .replace("{activityId}", activityId).replace("{step}", "victim-conversation")
                .replaceAll("\\{[A-Za-z]+}", "x");
    }

    @Test
    void every_endpoint_of_every_service_refuses_every_attempt() throws Exception {
        List<Endpoint> endpoints = everyEndpoint();
        String genuine = token("leader-" + school, "SCHOOL_LEADER", BOARD, List.of(school), Map.of());
        String otherClaims = token("leader-" + school, "SCHOOL_LEADER", "other-board", List.of(school), Map.of());
        String[] real = genuine.split("\\.");

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("no token", null);
        forged.put("expired", token("leader-" + school, "SCHOOL_LEADER", BOARD, List.of(school), Map.of("expiresIn", -3600)));
        forged.put("wrong audience", token("leader-" + school, "SCHOOL_LEADER", BOARD, List.of(school), Map.of("audience", "another-app")));
        forged.put("tampered", real[0] + "." + otherClaims.split("\\.")[1] + "." + real[2]);
        forged.put("wrongly signed", real[0] + "." + real[1] + "." + new StringBuilder(real[2]).reverse());
        forged.put("garbage", "abc.def.ghi");

        Map<String, String> insiders = new LinkedHashMap<>();
        insiders.put("another board's leader (same school id)", token("intruder", "SCHOOL_LEADER", "other-board", List.of(school), Map.of()));
        insiders.put("another school's leader", token("neighbour", "SCHOOL_LEADER", BOARD, List.of("school-next-door"), Map.of()));
        insiders.put("a team member", token("teacher", "TEAM_MEMBER", BOARD, List.of(school), Map.of()));
        insiders.put("the board administrator", token("bestuur", "BOARD_ADMINISTRATOR", BOARD, List.of(), Map.of()));

        AttackRound<Endpoint> round = new AttackRound<Endpoint>(
                (endpoint, token) -> send(endpoint.method(), endpoint.path(), token))
                .tryEach(endpoints, forged, AttackSystemIT::forgeryGotThrough)
                .tryEach(endpoints, insiders, AttackSystemIT::leaked);
        System.out.printf("attack suite through the gateway: %d endpoints, %d attempts, %d refused as bad requests, %d leaks%n",
                endpoints.size(), round.attempts(), round.badRequests(), round.leaks().size());
        round.leaks().forEach(System.out::println);
        assertThat(round.leaks()).as("attempts that got data, changed something or broke a service").isEmpty();
    }

    /** What the victim school's data looks like in an answer: the pupil, the guardian, the typed words. */
    static boolean carriesSecrets(HttpResponse<String> response) {
        // a refusal names the path the caller asked for: that echoes their own input, it reveals nothing
        String body = response.body().replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"", "");
        return body.contains(pupil) || body.contains(SECRET_GUARDIAN) || body.contains(SECRET_TEXT);
    }

    /** A forged token is refused with 401; only a public document may answer it, never with a server error. */
    static boolean forgeryGotThrough(String forgery, Endpoint endpoint, HttpResponse<String> response) {
        boolean refused = response.statusCode() == 401 || endpoint.isPublic() && response.statusCode() < 500;
        return !refused || carriesSecrets(response);
    }

    static boolean leaked(String insider, Endpoint endpoint, HttpResponse<String> response) {
        int status = response.statusCode();
        boolean success = status >= 200 && status < 300;
        boolean aboutTheVictims = endpoint.path().contains(caseId) || endpoint.path().contains(pupil)
                || endpoint.path().contains(school) || endpoint.path().contains(BOARD);
        if (status >= 500 || carriesSecrets(response) && !endpoint.isPublic()) {
            return true;
        }
        if (insider.startsWith("another")) {
            return success && aboutTheVictims && !endpoint.isPublic() || success && response.body().contains(caseId);
        }
        // the school's own team member and the board's own administrator: no change to the case or a pupil's data
        return success && endpoint.writes() && (endpoint.path().contains(caseId) || endpoint.path().contains(pupil));
    }

    static HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
