package nl.schoolboard.sexting.prevention;

import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.contracts.CaseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.prevention.support.Caller;
import nl.schoolboard.sexting.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The prevention service as an attacker meets it: every endpoint its own OpenAPI document lists, tried with no
 * token, an expired, wrongly signed, wrong-audience, tampered or meaningless one, and with real tokens of people who
 * must not do it: another board's leader (even one whose token claims the victim's school), administrator and
 * auditor, another school's leader, and the victim board's team member, auditor and administrator asking for what
 * their role never allows. Each attempt sends a body that would be accepted if nobody checked, and must be refused
 * with 401, 403 or 404: never the data, never a change, never a server error. Insiders try every endpoint that reads
 * a body also with bodies that are no JSON or of the wrong shape: still a refusal, never a 400 about the body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackSurfaceIT extends InProcessStack {

    private static final String BOARD = "board-victim";
    private static final String SCHOOL = "school-victim";
    private static final String SCHOOL_NAME = "Het Geheime Lyceum";
    private static final String TITLE = "Geheime gastles 4B";
    /** Valid for every command of the API (unknown fields are ignored): a missing check would show as a success. */
    private static final String ACCEPTABLE_BODY = """
            {"date":"2027-01-12","startTime":"10:00","location":"aula","ledBy":"aanvaller","attendance":5,
             "reason":"aanval","title":"Aanval","dueBy":"2027-01-20","region":"zuid","name":"Overgenomen",
             "lessonWithinSchoolWeeks":11}""";
    /** Bodies nobody allowed would send; someone who may not use the endpoint must not hear about them (no 400). */
    private static final List<String> BAD_BODIES = List.of("{\"date\":", "[\"not\", \"an\", \"object\"]",
            "{\"date\":\"morgen\",\"attendance\":\"veel\",\"yearGroups\":7,\"dueBy\":{},\"region\":[1]}");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Endpoint REGISTER_SCHOOL = new Endpoint("PUT", "/api/prevention/schools/{schoolId}");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private String activityId;
    private String feedToken;

    record Endpoint(String method, String template) {

        boolean changes() {
            return !method.equals("GET");
        }
    }

    record Attacker(String name, String token, Map<String, String> headers, Predicate<Endpoint> tries) {
    }

    @BeforeAll
    void aSchoolWorthAttacking() {
        assertThat(adminOf(BOARD).put("/api/prevention/schools/{id}", """
                {"name":"%s","region":"noord"}""".formatted(SCHOOL_NAME), SCHOOL).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Caller leader = leaderOf(BOARD, SCHOOL);
        activityId = leader.post("/api/prevention/schools/{id}/activities", """
                {"title":"%s","yearGroups":["4"],"dueBy":"2027-01-29"}""".formatted(TITLE), SCHOOL)
                .getBody().path("id").asText();
        feedToken = leader.post("/api/prevention/schools/{id}/calendar-token", "", SCHOOL).getBody()
                .path("token").asText();
        assertThat(activityId).isNotBlank();
        assertThat(feedToken).isNotBlank();
    }

    @Test
    void every_endpoint_refuses_every_attempt_without_leaking_or_changing_anything() throws Exception {
        List<Endpoint> endpoints = endpointsFromTheApiDocument();
        assertThat(endpoints).as("the API document lists the prevention service's endpoints")
                .hasSizeGreaterThanOrEqualTo(14)
                .contains(new Endpoint("GET", "/api/prevention/calendar/{token}.ics"),
                        new Endpoint("POST", "/api/prevention/activities/{id}/schedule"),
                        new Endpoint("PUT", "/api/prevention/boards/{boardId}/settings"));
        JsonNode activityBefore = leaderOf(BOARD, SCHOOL).get("/api/prevention/activities/{id}", activityId).getBody();
        int activitiesBefore = leaderOf(BOARD, SCHOOL).get("/api/prevention/schools/{id}/activities", SCHOOL)
                .getBody().size();

        String leader = TestTokens.token("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL));
        String teamMember = TestTokens.token("teacher", "TEAM_MEMBER", BOARD, List.of(SCHOOL));
        Predicate<Endpoint> all = endpoint -> true;
        Predicate<Endpoint> changes = Endpoint::changes;
        List<Attacker> forgeries = List.of(
                new Attacker("no token", null, Map.of(), all),
                new Attacker("expired", TestTokens.expired("leader", "SCHOOL_LEADER", BOARD, List.of(SCHOOL)),
                        Map.of(), all),
                new Attacker("wrong audience", TestTokens.forAnotherAudience("leader", "SCHOOL_LEADER", BOARD,
                        List.of(SCHOOL)), Map.of(), all),
                new Attacker("wrongly signed", TestTokens.stranger("leader", "SCHOOL_LEADER", BOARD,
                        List.of(SCHOOL)), Map.of(), all),
                new Attacker("tampered (a team member's signature under a leader's claims)",
                        TestTokens.tampered(leader, teamMember), Map.of(), all),
                new Attacker("not a token", "garbage.garbage.garbage", Map.of(), all),
                new Attacker("a genuine token without a board",
                        TestTokens.withoutBoard("leader", "SCHOOL_LEADER", List.of(SCHOOL)), Map.of(), all),
                new Attacker("a genuine token with a role unknown here",
                        TestTokens.token("leader", "PRINCIPAL", BOARD, List.of(SCHOOL)), Map.of(), all));
        List<Attacker> insiders = List.of(
                new Attacker("another board's leader whose token claims the victim school",
                        TestTokens.token("intruder", "SCHOOL_LEADER", "board-other", List.of(SCHOOL)), Map.of(), all),
                new Attacker("another board's administrator",
                        TestTokens.token("other-admin", "BOARD_ADMINISTRATOR", "board-other", List.of()), Map.of(), all),
                new Attacker("another board's auditor",
                        TestTokens.token("other-auditor", "AUDITOR", "board-other", List.of()), Map.of(), all),
                new Attacker("another school's leader",
                        TestTokens.token("neighbour", "SCHOOL_LEADER", BOARD, List.of("school-other")), Map.of(), all),
                new Attacker("a team member changing things", teamMember, Map.of(), changes),
                new Attacker("a team member claiming to act as leader", teamMember,
                        Map.of("X-Acting-Role", "SCHOOL_LEADER"), changes),
                new Attacker("an auditor changing things",
                        TestTokens.token("auditor", "AUDITOR", BOARD, List.of()), Map.of(), changes),
                new Attacker("the board administrator changing a school's activities or feed",
                        TestTokens.token("admin", "BOARD_ADMINISTRATOR", BOARD, List.of()), Map.of(),
                        endpoint -> endpoint.changes() && !endpoint.method().equals("PUT")),
                new Attacker("a care coordinator rotating the feed",
                        TestTokens.token("care", "CARE_COORDINATOR", BOARD, List.of(SCHOOL)), Map.of(),
                        endpoint -> endpoint.template().endsWith("/calendar-token")));

        int attempts = 0;
        int badRequests = 0;
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            boolean open = endpoint.template().endsWith(".ics");
            for (Attacker forgery : forgeries) {
                HttpResponse<String> response = attempt(endpoint, forgery);
                attempts++;
                // the open feed: a bad token is still refused (401); without one the wrong address is not found
                Set<Integer> refusals = open ? Set.of(401, 404) : Set.of(401);
                if (!refusals.contains(response.statusCode()) || revealsSomething(response)) {
                    leaks.add(forgery.name() + " -> " + endpoint + " = " + response.statusCode());
                }
            }
            for (Attacker insider : insiders) {
                if (!insider.tries().test(endpoint)) {
                    continue;
                }
                HttpResponse<String> response = attempt(endpoint, insider);
                attempts++;
                if (!refusalsOf(endpoint).contains(response.statusCode()) || revealsSomething(response)) {
                    leaks.add(insider.name() + " -> " + endpoint + " = " + response.statusCode());
                }
                if (!endpoint.changes()) {
                    continue;
                }
                for (String bad : BAD_BODIES) {
                    HttpResponse<String> answer = send(endpoint.method(), concrete(endpoint.template()),
                            insider.token(), insider.headers(), bad);
                    attempts++;
                    badRequests += answer.statusCode() == 400 ? 1 : 0;
                    if (!refusalsOf(endpoint).contains(answer.statusCode()) || revealsSomething(answer)) {
                        leaks.add(insider.name() + " with a bad body -> " + endpoint + " = " + answer.statusCode());
                    }
                }
            }
        }
        System.out.printf("prevention-service attack surface: %d endpoints, %d attempts, %d refused as bad requests "
                + "before access, %d leaks%n", endpoints.size(), attempts, badRequests, leaks.size());
        assertThat(badRequests).as("insiders refused as bad requests before access was decided").isZero();
        assertThat(leaks).as("attempts that were not refused").isEmpty();

        assertThat(leaderOf(BOARD, SCHOOL).get("/api/prevention/activities/{id}", activityId).getBody())
                .as("the activity is as it was").isEqualTo(activityBefore);
        assertThat(leaderOf(BOARD, SCHOOL).get("/api/prevention/schools/{id}/activities", SCHOOL).getBody())
                .as("nothing was added").hasSize(activitiesBefore);
        JsonNode school = adminOf(BOARD).get("/api/prevention/schools/{id}", SCHOOL).getBody();
        assertThat(school.path("boardId").asText()).isEqualTo(BOARD);
        assertThat(school.path("name").asText()).isEqualTo(SCHOOL_NAME);
        assertThat(school.path("region").asText()).isEqualTo("NOORD");
        assertThat(adminOf(BOARD).get("/api/prevention/boards/{b}/settings", BOARD).getBody().path("custom")
                .asBoolean()).as("the board's settings untouched").isFalse();
        assertThat(anonymous().get(String.class, "/api/prevention/calendar/{token}.ics", feedToken).getStatusCode())
                .as("the school's feed address still works: nobody rotated it").isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_school_of_another_board_in_the_path_or_a_board_in_the_body_is_refused() {
        Caller intruder = Caller.withToken(http,
                TestTokens.token("intruder", "SCHOOL_LEADER", "board-other", List.of(SCHOOL)));
        Caller otherAdmin = adminOf("board-other");
        Caller ownAdmin = adminOf(BOARD);
        Caller ownLeader = leaderOf(BOARD, SCHOOL);

        ResponseEntity<JsonNode> plan = intruder.get("/api/prevention/schools/{id}/plan", SCHOOL);
        ResponseEntity<JsonNode> added = intruder.post("/api/prevention/schools/{id}/activities", """
                {"title":"Overname","dueBy":"2027-01-20"}""", SCHOOL);
        ResponseEntity<JsonNode> taken = otherAdmin.put("/api/prevention/schools/{id}", """
                {"region":"zuid"}""", SCHOOL);
        ResponseEntity<JsonNode> registeredElsewhere = ownAdmin.put("/api/prevention/schools/{id}", """
                {"boardId":"board-other","region":"zuid"}""", "school-" + java.util.UUID.randomUUID());
        ResponseEntity<JsonNode> plannedElsewhere = ownLeader.post("/api/prevention/schools/{id}/activities", """
                {"boardId":"board-other","title":"Elders","dueBy":"2027-01-20"}""", SCHOOL);

        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(plan.getBody().path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/school-not-found");
        assertThat(plan.getBody().toString()).doesNotContain(SCHOOL_NAME).doesNotContain(TITLE);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taken.getStatusCode()).as("a school id belongs to one board").isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody().path("type").asText())
                .isEqualTo("https://sexting-protocol.example/problems/school-id-taken");
        assertThat(taken.getBody().toString()).as("names neither the board nor the school's name")
                .doesNotContain(BOARD).doesNotContain(SCHOOL_NAME);
        assertThat(registeredElsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plannedElsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ownAdmin.get("/api/prevention/schools/{id}", SCHOOL).getBody().path("boardId").asText())
                .isEqualTo(BOARD);
        assertThat(ownLeader.get("/api/prevention/schools/{id}/activities", SCHOOL).getBody().findValuesAsText("title"))
                .doesNotContain("Overname", "Elders");
    }

    @Test
    void a_board_that_registered_another_boards_school_id_first_sees_nothing_of_that_boards_incidents() {
        String school = "school-" + java.util.UUID.randomUUID();
        Caller squatter = adminOf("board-squatter");
        assertThat(squatter.put("/api/prevention/schools/{id}", "{\"region\":\"zuid\"}", school).getStatusCode())
                .as("a free school id can be registered").isEqualTo(HttpStatus.OK);
        CaseEvent report = incidentReported(BOARD, school, "2026-11-20T08:00:00Z", true, List.of("2"));

        publish(report);

        // handled: refused to the dead-letter topic (as it is now), or planned (as it was, under the squatter's school)
        await().atMost(WAIT).until(() -> readAll(Topics.CASE_EVENTS_DEAD_LETTER).stream()
                .anyMatch(r -> report.caseId().equals(r.key()))
                || squatter.get("/api/prevention/schools/{id}/activities", school).getBody().toString()
                        .contains(report.caseId()));
        JsonNode plan = squatter.get("/api/prevention/schools/{id}/plan?schoolYear=2026-2027", school).getBody();
        JsonNode activities = squatter.get("/api/prevention/schools/{id}/activities", school).getBody();
        assertThat(plan.toString() + activities).as("nothing of the other board's case under the squatter's school")
                .doesNotContain(report.caseId());
        assertThat(adminOf(BOARD).get("/api/prevention/boards/{b}/coverage", BOARD).getBody().toString())
                .doesNotContain(school);
        assertThat(eventsOf(school)).as("nothing planned, nothing announced")
                .noneMatch(event -> report.caseId().equals(event.sourceCaseId())
                        || report.caseId().equals(event.promptedByCaseId()));
    }

    @Test
    void two_boards_never_share_a_school_id_and_neither_reads_the_others() {
        String school = "school-" + java.util.UUID.randomUUID();
        assertThat(adminOf(BOARD).put("/api/prevention/schools/{id}", "{\"name\":\"%s\",\"region\":\"noord\"}"
                .formatted(SCHOOL_NAME), school).getStatusCode()).isEqualTo(HttpStatus.OK);
        Caller otherAdmin = adminOf("board-other");

        ResponseEntity<JsonNode> second = otherAdmin.put("/api/prevention/schools/{id}",
                "{\"name\":\"Overgenomen\",\"region\":\"zuid\"}", school);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().toString()).doesNotContain(BOARD).doesNotContain(SCHOOL_NAME);
        assertThat(otherAdmin.get("/api/prevention/schools/{id}", school).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherAdmin.get("/api/prevention/boards/{b}/coverage", "board-other").getBody().toString())
                .doesNotContain(school);
        JsonNode own = adminOf(BOARD).get("/api/prevention/schools/{id}", school).getBody();
        assertThat(own.path("boardId").asText()).isEqualTo(BOARD);
        assertThat(own.path("name").asText()).as("the refused registration changed nothing").isEqualTo(SCHOOL_NAME);
        assertThat(own.path("region").asText()).isEqualTo("NOORD");
    }

    private List<Endpoint> endpointsFromTheApiDocument() throws Exception {
        HttpResponse<String> document = send("GET", "/api/prevention/v3/api-docs", null, Map.of(), null);
        assertThat(document.statusCode()).as("the API document is open").isEqualTo(200);
        JsonNode api = new ObjectMapper().readTree(document.body());
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    endpoints.add(new Endpoint(method.toUpperCase(), path.getKey())));
        }
        return endpoints;
    }

    private HttpResponse<String> attempt(Endpoint endpoint, Attacker attacker) throws Exception {
        return send(endpoint.method(), concrete(endpoint.template()), attacker.token(), attacker.headers(),
                endpoint.changes() ? ACCEPTABLE_BODY : null);
    }

    /** The victim's ids in the path; the feed gets an address that is not the school's (its secret is the address). */
    private String concrete(String template) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("schoolId", SCHOOL);
        values.put("id", activityId);
        values.put("boardId", BOARD);
        values.put("token", aGuessedFeedToken());
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            assertThat(value).as("a value for {%s} in %s: tell this test what to attack it with",
                    variable.group(1), template).isNotNull();
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /**
     * How an insider may be refused: 401, 403 or 404; registering a school id another board holds is refused as
     * taken (409), which must name no board.
     */
    private static Set<Integer> refusalsOf(Endpoint endpoint) {
        return endpoint.equals(REGISTER_SCHOOL) ? Set.of(401, 403, 404, 409) : Set.of(401, 403, 404);
    }

    private boolean revealsSomething(HttpResponse<String> response) {
        String body = response.body();
        return body.contains(SCHOOL_NAME) || body.contains(TITLE) || body.contains(feedToken)
                || body.contains("BEGIN:VCALENDAR") || body.contains("Overgenomen")
                || (response.statusCode() == 409 && body.contains(BOARD));
    }

    private static String aGuessedFeedToken() {
        byte[] guess = new byte[32];
        new SecureRandom().nextBytes(guess);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(guess);
    }

    private HttpResponse<String> send(String method, String path, String token, Map<String, String> headers,
                                      String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
