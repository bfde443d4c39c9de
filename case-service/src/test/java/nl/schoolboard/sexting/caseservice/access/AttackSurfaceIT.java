package nl.schoolboard.sexting.caseservice.access;

import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.testsupport.AttackRound;
import nl.schoolboard.sexting.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case service as an attacker meets it: every endpoint its OpenAPI document lists, tried with no token, a
 * tampered, expired, wrongly signed or wrong-audience token, and with real tokens of people who must not get the
 * data. Each attempt must be refused with 401, 403 or 404: never the data, never a server error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackSurfaceIT extends RunningCaseService {

    private static final String BOARD = "board-victim";
    private static final String SCHOOL = "school-victim";

    private final HttpClient client = HttpClient.newHttpClient();
    private String caseId;

    record Endpoint(String method, String path) {
    }

    @BeforeAll
    void aCaseWorthStealing() {
        Http http = new Http("http://localhost:" + port);
        caseId = http.post("/api/cases", """
                {"schoolId":"school-victim","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"VICTIM_TOLD_STAFF",
                 "materialKind":"PHOTO","minorNudeInvolved":true,
                 "involvedPupils":[{"pupilRef":"P-SECRET-1","role":"VICTIM"}]}""",
                Map.of("X-Actor-Id", "leader", "X-Actor-Role", "SCHOOL_LEADER", "X-Board-Id", BOARD,
                        "X-Actor-Schools", SCHOOL)).json().get("caseId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> send("GET", "/api/cases/" + caseId,
                TestTokens.token("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL))).statusCode() == 200);
    }

    /** The {@code paths} of case-service's own API document: each path template with its operations. */
    private Iterable<Map.Entry<String, JsonNode>> pathsOfTheApiDocument() throws Exception {
        JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                send("GET", "/api/cases/v3/api-docs", null).body());
        return () -> api.get("paths").fields();
    }

    private List<Endpoint> endpointsFromTheApiDocument() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : pathsOfTheApiDocument()) {
            path.getValue().fieldNames().forEachRemaining(method -> endpoints.add(new Endpoint(method.toUpperCase(),
                    path.getKey().replace("{caseId}", caseId).replace("{step}", "victim-conversation")
                            .replace("{schoolId}", SCHOOL).replace("{personRef}", "P-SECRET-1")
                            .replaceAll("\\{[A-Za-z]+}", "x"))));
        }
        return endpoints;
    }

    @Test
    void every_endpoint_refuses_every_attempt_without_leaking_the_case() throws Exception {
        List<Endpoint> endpoints = endpointsFromTheApiDocument();
        assertThat(endpoints).as("the API document lists the case service's endpoints").hasSizeGreaterThanOrEqualTo(7);

        String valid = TestTokens.token("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL));
        Map<String, String> forgeries = new HashMap<>();
        forgeries.put("no token", null);
        forgeries.put("expired", TestTokens.expired("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL)));
        forgeries.put("wrong audience", TestTokens.forAnotherAudience("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL)));
        forgeries.put("wrongly signed", TestTokens.stranger("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL)));
        forgeries.put("tampered", tamper(TestTokens.token("leader", "SCHOOL_LEADER", "board-other", List.of(SCHOOL)), valid));
        forgeries.put("not a token", "garbage.garbage.garbage");

        Map<String, String> insiders = new HashMap<>();
        insiders.put("another board's leader", TestTokens.token("intruder", "SCHOOL_LEADER", "board-other", List.of(SCHOOL)));
        insiders.put("another school's leader", TestTokens.token("neighbour", "SCHOOL_LEADER", BOARD, List.of("school-other")));
        insiders.put("a team member who did not report it", TestTokens.token("teacher", "TEAM_MEMBER", BOARD, List.of(SCHOOL)));
        insiders.put("a board administrator", TestTokens.token("bestuur", "BOARD_ADMINISTRATOR", BOARD, List.of()));

        AttackRound<Endpoint> round = new AttackRound<Endpoint>(
                (endpoint, token) -> send(endpoint.method(), endpoint.path(), token))
                .tryEach(endpoints, forgeries, (forgery, endpoint, answer) -> answer.statusCode() != 401)
                .tryEach(endpoints, insiders, (insider, endpoint, answer) ->
                        leaked(endpoint, answer, insider.equals("a board administrator")));
        System.out.printf("case-service attack surface: %d endpoints, %d attempts, %d leaks%n", endpoints.size(),
                round.attempts(), round.leaks().size());
        assertThat(round.leaks()).as("attempts that were not refused").isEmpty();
    }

    /**
     * Bodies nobody allowed would have sent: not JSON, JSON of the wrong shape, fields of the wrong type. Someone who
     * may not use an endpoint must hear that (401, 403, 404) and nothing about their body: access is decided before
     * the body is read.
     */
    private static final List<String> BAD_BODIES = List.of("{\"schoolId\":", "[\"not\", \"an\", \"object\"]",
            "{\"schoolId\":42,\"cameToLightAt\":\"gisteren\",\"involvedPupils\":\"P-1\",\"occurredAt\":{},"
                    + "\"reason\":[1],\"personRef\":false}");

    @Test
    void a_caller_who_may_not_use_an_endpoint_is_refused_whatever_the_body() throws Exception {
        String leader = TestTokens.token("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL));
        String otherBoardsLeader = TestTokens.token("intruder", "SCHOOL_LEADER", "board-other", List.of(SCHOOL));
        String otherSchoolsLeader = TestTokens.token("neighbour", "SCHOOL_LEADER", BOARD, List.of("school-other"));
        String teamMember = TestTokens.token("teacher", "TEAM_MEMBER", BOARD, List.of(SCHOOL));
        String boardAdmin = TestTokens.token("bestuur", "BOARD_ADMINISTRATOR", BOARD, List.of());
        String auditor = TestTokens.token("auditor", "AUDITOR", BOARD, List.of());
        String otherBoardsAuditor = TestTokens.token("other-auditor", "AUDITOR", "board-other", List.of());
        // every endpoint that reads a JSON body, with everyone who must be refused there
        Map<String, List<String>> refused = Map.of(
                "POST /api/cases", List.of(boardAdmin, auditor),
                "POST /api/cases/{caseId}/{step}",
                List.of(otherBoardsLeader, otherSchoolsLeader, teamMember, boardAdmin, auditor),
                "POST /api/privacy/erasures", List.of(leader, teamMember, boardAdmin),
                "POST /api/privacy/cases/{caseId}/legal-hold", List.of(leader, teamMember, otherBoardsAuditor),
                "POST /api/privacy/cases/{caseId}/legal-hold/lift", List.of(leader, teamMember, otherBoardsAuditor));

        List<String> bodyEndpoints = endpointsReadingABody();
        assertThat(refused.keySet()).as("who must be refused, for every endpoint that reads a JSON body")
                .containsExactlyInAnyOrderElementsOf(bodyEndpoints);

        int attempts = 0;
        List<String> badRequests = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        for (Map.Entry<String, List<String>> endpoint : refused.entrySet()) {
            String[] methodAndPath = endpoint.getKey().split(" ");
            String path = methodAndPath[1].replace("{caseId}", caseId).replace("{step}", "victim-conversation");
            List<String> callers = new ArrayList<>(endpoint.getValue());
            callers.add(null);
            for (String caller : callers) {
                for (String body : BAD_BODIES) {
                    HttpResponse<String> response = send(methodAndPath[0], path, caller, body);
                    attempts++;
                    if (response.statusCode() == 400) {
                        badRequests.add(endpoint.getKey() + " " + body);
                    }
                    if (!List.of(401, 403, 404).contains(response.statusCode())) {
                        notRefused.add(endpoint.getKey() + " " + body + " = " + response.statusCode());
                    }
                }
            }
        }
        System.out.printf("case-service refusals with bad bodies: %d endpoints, %d attempts, %d refused as bad "
                + "requests before access%n", refused.size(), attempts, badRequests.size());
        assertThat(badRequests).as("refused as a bad request before access was decided").isEmpty();
        assertThat(notRefused).as("attempts with a bad body that were not refused").isEmpty();
    }

    /** "METHOD /template" of every operation in the API document that takes a JSON request body. */
    private List<String> endpointsReadingABody() throws Exception {
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : pathsOfTheApiDocument()) {
            path.getValue().fields().forEachRemaining(operation -> {
                if (operation.getValue().path("requestBody").path("content").has("application/json")) {
                    endpoints.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            });
        }
        return endpoints;
    }

    @Test
    void another_schools_id_in_the_body_or_query_is_refused() throws Exception {
        String leader = TestTokens.token("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL));
        HttpResponse<String> body = send("POST", "/api/cases", leader, """
                {"schoolId":"school-other","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"STAFF_NOTICED",
                 "materialKind":"PHOTO","minorNudeInvolved":false}""");
        HttpResponse<String> query = send("GET", "/api/cases?schoolId=school-other", leader);

        assertThat(body.statusCode()).isEqualTo(403);
        assertThat(query.statusCode()).isEqualTo(403);
    }

    /**
     * What counts as a leak for someone who must not see the case: any server error, any answer that carries the
     * case's pupil, any success on an endpoint about this case, and the case's very id in a successful answer to
     * anyone outside its board. The board's own administrator may see the case id in the board's list (case ids and
     * summaries are not personal data); a refusal may name the path that was asked for.
     */
    private boolean leaked(Endpoint endpoint, HttpResponse<String> response, boolean sameBoard) {
        int status = response.statusCode();
        boolean success = status >= 200 && status < 300;
        // a refusal names the path the caller asked for: that echoes their own input, it reveals nothing
        String body = response.body().replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"", "");
        return status >= 500
                || body.contains("P-SECRET-1")
                || success && endpoint.path().contains(caseId)
                || success && !sameBoard && body.contains(caseId);
    }

    /** Swaps the payload of one token into the signature of another: a token whose claims were changed. */
    private static String tamper(String withOtherClaims, String genuine) {
        String[] other = withOtherClaims.split("\\.");
        String[] real = genuine.split("\\.");
        return real[0] + "." + other[1] + "." + real[2];
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return send(method, path, token, "{}");
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
