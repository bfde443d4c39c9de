package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notification service as an attacker meets it: every endpoint its own OpenAPI document lists, tried with no
 * token, an expired, wrong-audience, wrongly signed, tampered or meaningless one (each must be 401), and with real
 * tokens of people who must not get the victim school's data or change it: another board's leader (whose token even
 * names the victim school), another school's leader, a team member of the school, the board's administrator (on
 * everything but the team lists, which are theirs to keep) and another board's auditor. Each attempt sends a body
 * that would be accepted if nobody checked, and the victim board's id in {@code X-Board-Id}. A leak is a server
 * error, any of the victim's data in an answer that the attacker did not send themselves, a success where only a
 * refusal (401, 403, 404) is right, or any other answer; afterwards the victim's directory, inbox and deliveries must
 * be as they were. Where an insider must be refused, they are refused whatever body they send: also with bodies that
 * are no JSON (or CSV) at all or of the wrong shape, the answer is a refusal, never a 400 about the body.
 */
class AttackSurfaceIT extends InProcessServices {

    private static final String OTHER_BOARD = "board-other";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    record Endpoint(String method, String template, String path, String contentType) {
    }

    record Attempt(String who, String token, Predicate<Endpoint> mayAnswer, Predicate<Endpoint> skip) {
    }

    /** What the victim school holds; every value is this run's own. */
    private record Victim(String school, String leaderRef, String leaderAddress, String teacherRef,
                          String teacherAddress, String pupil, String guardianName, String guardianAddress,
                          String caseId, String itemId) {

        List<String> secrets() {
            return List.of(leaderRef, leaderAddress, teacherRef, teacherAddress, pupil, guardianName, guardianAddress,
                    caseId, itemId);
        }
    }

    private Victim aSchoolWorthAttacking() {
        String run = Long.toHexString(System.nanoTime());
        Victim v = new Victim(newSchool(), "L-VICTIM-" + run, address("geheim.leider"), "T-VICTIM-" + run,
                address("geheim.docent"), "P-VICTIM-" + run, "Mevrouw Geheimhouder", address("geheim.ouder"),
                TestCaseEvents.newCaseId(), null);
        staff(v.school(), v.leaderRef(), v.leaderAddress(), "nl", "SCHOOL_LEADER");
        staff(v.school(), v.teacherRef(), v.teacherAddress(), "nl", "TEAM_MEMBER");
        guardians(v.school(), v.pupil(), v.guardianName(), v.guardianAddress(), "nl");
        kafka.publish(Topics.CASE_EVENTS,
                TestCaseEvents.atSchool(TestCaseEvents.incidentReported(v.caseId()), v.school()));
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.atSchool(
                TestCaseEvents.teamBriefed(v.caseId(), List.of(v.teacherRef()), "NOT_DISCUSSED", null), v.school()));
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.atSchool(
                TestCaseEvents.guardiansInformed(v.caseId(), v.pupil(), "MEASURES_TAKEN"), v.school()));
        awaitMailTo(v.guardianAddress(), 1);
        awaitMailTo(v.teacherAddress(), 1);
        JsonNode inbox = await().atMost(PATIENCE)
                .until(() -> inboxOf(v.teacherRef(), v.school()), items -> !items.isEmpty());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveriesOf(v.caseId()))
                .filteredOn(row -> !"PENDING".equals(row.get("status").asText())).hasSize(4));
        return new Victim(v.school(), v.leaderRef(), v.leaderAddress(), v.teacherRef(), v.teacherAddress(), v.pupil(),
                v.guardianName(), v.guardianAddress(), v.caseId(), inbox.get(0).get("itemId").asText());
    }

    private List<Endpoint> endpointsFromTheApiDocument(Victim v) throws Exception {
        HttpResponse<String> document = send("GET", "/api/notifications/v3/api-docs", null, null, null);
        assertThat(document.statusCode()).as("the API document is open").isEqualTo(200);
        Map<String, String> values = Map.of("{boardId}", BOARD, "{schoolId}", v.school(), "{staffRef}", v.teacherRef(),
                "{pupilRef}", v.pupil(), "{caseId}", v.caseId(), "{itemId}", v.itemId());
        List<Endpoint> endpoints = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = json(document.body()).get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey();
            for (Map.Entry<String, String> value : values.entrySet()) {
                concrete = concrete.replace(value.getKey(), value.getValue());
            }
            assertThat(concrete).as("every path variable of %s has a victim's value", path.getKey())
                    .doesNotContain("{");
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                JsonNode content = operation.getValue().path("requestBody").path("content");
                String type = content.has("application/json") ? "application/json"
                        : content.has("text/csv") ? "text/csv" : null;
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(), path.getKey(), concrete, type));
            }
        }
        return endpoints;
    }

    /** Bodies nobody allowed would send; someone who may not use the endpoint must not hear about them (no 400). */
    private static List<String> badBodies(Endpoint endpoint) {
        return "text/csv".equals(endpoint.contentType())
                ? List.of("\"unterminated,quote\n", "pupilRef;email;;;\n;;;;;\n")
                : List.of("{\"guardians\":", "[\"not\", \"an\", \"object\"]",
                        "{\"guardians\":\"none\",\"roles\":42,\"email\":[],\"schoolId\":{},\"pupilRef\":false}");
    }

    /** A body the endpoint would accept from someone allowed: a missing check would show as a success. */
    private static String acceptableBody(Endpoint endpoint, Victim v) {
        String template = endpoint.template();
        if (template.endsWith("/staff/{staffRef}") && endpoint.method().equals("PUT")) {
            return "{\"roles\":[\"SCHOOL_LEADER\"],\"email\":\"aanvaller@evil.example\",\"language\":\"nl\"}";
        }
        if (template.endsWith("/pupils/{pupilRef}/guardians") && endpoint.method().equals("PUT")) {
            return "{\"guardians\":[{\"name\":\"Aanvaller\",\"email\":\"aanvaller@evil.example\"}]}";
        }
        if (template.endsWith("/contact") && endpoint.method().equals("PUT")) {
            return "{\"schoolName\":\"Aanvaller\",\"replyTo\":\"aanvaller@evil.example\"}";
        }
        if (template.endsWith("/staff.csv")) {
            return "staffRef,roles,email\nEVIL-1,SCHOOL_LEADER,aanvaller@evil.example\n";
        }
        if (template.endsWith("/guardians.csv")) {
            return "pupilRef,email\n" + v.pupil() + ",aanvaller@evil.example\n";
        }
        if (template.endsWith("/privacy/erasures")) {
            return "{\"schoolId\":\"" + v.school() + "\",\"pupilRef\":\"" + v.pupil() + "\"}";
        }
        return endpoint.contentType() == null ? null : "{}";
    }

    @Test
    void every_endpoint_refuses_every_attempt_without_leaking_or_changing_the_victims_data() throws Exception {
        Victim v = aSchoolWorthAttacking();
        List<Endpoint> endpoints = endpointsFromTheApiDocument(v);
        assertThat(endpoints).as("the API document lists every endpoint of the service")
                .hasSizeGreaterThanOrEqualTo(17);
        Snapshot before = snapshot(v);

        TestIdentity victimLeader = leaderOf(v.school());
        String genuine = TestIdentity.of("intruder", "SCHOOL_LEADER", OTHER_BOARD, "school-other").token();
        Predicate<Endpoint> never = endpoint -> false;
        Predicate<Endpoint> ownInbox = endpoint -> endpoint.template().equals("/api/notifications/inbox");
        List<Attempt> forgeries = List.of(
                new Attempt("no token", null, never, never),
                new Attempt("expired", victimLeader.expired(), never, never),
                new Attempt("wrong audience", victimLeader.forAnotherAudience(), never, never),
                new Attempt("wrongly signed", victimLeader.stranger(), never, never),
                new Attempt("tampered", TestTokens.tampered(victimLeader.token(), genuine), never, never),
                new Attempt("not a token", "garbage.garbage.garbage", never, never));
        Predicate<Endpoint> privacy = endpoint -> endpoint.template().startsWith("/api/notifications/privacy/");
        // the school's contact for parents is kept by those who keep the team list
        Predicate<Endpoint> teamList = endpoint -> endpoint.template().contains("/staff")
                || endpoint.template().endsWith("/contact");
        List<Attempt> insiders = List.of(
                new Attempt("another board's leader naming the school",
                        TestIdentity.of("intruder", "SCHOOL_LEADER", OTHER_BOARD, v.school()).token(), ownInbox, never),
                new Attempt("another school's leader", leaderOf("school-other").token(), ownInbox, never),
                new Attempt("a team member of the school",
                        TestIdentity.teamMember("T-COLLEAGUE", BOARD, v.school()).token(), ownInbox, never),
                new Attempt("the board's administrator (all but the team lists)",
                        TestIdentity.boardAdministrator(BOARD).token(), ownInbox, teamList),
                new Attempt("another board's auditor", TestIdentity.auditor(OTHER_BOARD).token(),
                        ownInbox.or(privacy), never));

        int attempts = 0;
        int badRequests = 0;
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Attempt forgery : forgeries) {
                HttpResponse<String> response = attempt(endpoint, forgery, v);
                attempts++;
                if (response.statusCode() != 401 || containsSecret(response, endpoint, v)) {
                    leaks.add(forgery.who() + " -> " + endpoint.method() + " " + endpoint.template() + " = "
                            + response.statusCode() + " " + response.body());
                }
            }
            for (Attempt insider : insiders) {
                if (insider.skip().test(endpoint)) {
                    continue;
                }
                HttpResponse<String> response = attempt(endpoint, insider, v);
                attempts++;
                int status = response.statusCode();
                boolean refused = status == 401 || status == 403 || status == 404;
                boolean allowedSuccess = status >= 200 && status < 300 && insider.mayAnswer().test(endpoint);
                if (!(refused || allowedSuccess) || containsSecret(response, endpoint, v)) {
                    leaks.add(insider.who() + " -> " + endpoint.method() + " " + endpoint.template() + " = " + status
                            + " " + response.body());
                }
                if (endpoint.contentType() == null || insider.mayAnswer().test(endpoint)) {
                    continue;
                }
                for (String bad : badBodies(endpoint)) {
                    HttpResponse<String> answer = send(endpoint.method(), endpoint.path(), insider.token(),
                            endpoint.contentType(), bad);
                    attempts++;
                    badRequests += answer.statusCode() == 400 ? 1 : 0;
                    if (!List.of(401, 403, 404).contains(answer.statusCode()) || containsSecret(answer, endpoint, v)) {
                        leaks.add(insider.who() + " with a bad body -> " + endpoint.method() + " "
                                + endpoint.template() + " = " + answer.statusCode() + " " + answer.body());
                    }
                }
            }
        }
        Snapshot after = snapshot(v);
        System.out.printf("notification-service attack surface: %d endpoints, %d attempts, %d refused as bad requests "
                + "before access, %d leaks%n", endpoints.size(), attempts, badRequests, leaks.size());

        assertThat(badRequests).as("insiders refused as bad requests before access was decided").isZero();
        assertThat(leaks).as("attempts that were not refused").isEmpty();
        assertThat(after).as("the victim's data, unchanged").isEqualTo(before);
    }

    /** The victim's data in this service, as its own people see it. */
    private record Snapshot(JsonNode staff, JsonNode guardians, JsonNode inbox, JsonNode deliveries,
                            JsonNode exportedGuardians) {
    }

    private Snapshot snapshot(Victim v) {
        TestIdentity leader = leaderOf(v.school());
        return new Snapshot(getJson(leader, directory(v.school()) + "/staff"),
                getJson(leader, directory(v.school()) + "/guardians"),
                inboxOf(v.teacherRef(), v.school()),
                deliveriesOf(v.caseId()),
                getJson(auditor(), "/api/notifications/privacy/subjects/" + v.school() + "/" + v.pupil())
                        .get("guardians"));
    }

    /** Victim data in the answer that the attacker did not put in the request themselves. */
    private static boolean containsSecret(HttpResponse<String> response, Endpoint endpoint, Victim v) {
        String sent = endpoint.path() + " " + acceptableBody(endpoint, v);
        return v.secrets().stream().filter(secret -> !sent.contains(secret)).anyMatch(response.body()::contains);
    }

    private HttpResponse<String> attempt(Endpoint endpoint, Attempt attempt, Victim v) throws Exception {
        return send(endpoint.method(), endpoint.path(), attempt.token(), endpoint.contentType(),
                acceptableBody(endpoint, v));
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
            // what the walking skeleton trusted: it must count for nothing now
            request.header("X-Board-Id", BOARD);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
