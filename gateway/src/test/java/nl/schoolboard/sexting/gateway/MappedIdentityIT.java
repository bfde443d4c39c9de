package nl.schoolboard.sexting.gateway;

import static java.util.Map.entry;
import static nl.schoolboard.sexting.gateway.EdgeHttp.assertProblem;
import static nl.schoolboard.sexting.gateway.EdgeHttp.json;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.ALL_STAFF;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.APP_ID_URI;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.ISSUER;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.NOORD_STAFF;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.OID;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.TENANT;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.ZUID_STAFF;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.platform.identity.EntraIdBoard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A board that signs its staff in with Microsoft Entra ID ({@link EntraIdBoard}, the one of platform's claim-mapping
 * tests): the gateway and the service behind it are configured with the same claim mapping
 * ({@code identity.claims.*}: tenant id → board, group ids → schools, app roles → roles) and the audience of the
 * board's app registration, and are given tokens shaped as Entra ID issues them. The one with the mapped groups and
 * app roles reaches the service, which reads the right board, schools and roles from it; one without them is refused
 * with 403 at the edge, and the service would refuse it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MappedIdentityIT {

    static final String FORBIDDEN = "https://sexting-protocol.example/problems/forbidden";

    /** What the board's IT department sets, once, for the gateway and every service alike. */
    static final Map<String, String> ENTRA_MAPPING = Map.ofEntries(
            entry("identity.claims.user", "oid"),
            entry("identity.claims.board.claim", "tid"),
            entry("identity.claims.board.map[0].from", TENANT),
            entry("identity.claims.board.map[0].to", "board-7"),
            entry("identity.claims.schools.claim", "groups"),
            entry("identity.claims.schools.map[0].from", NOORD_STAFF),
            entry("identity.claims.schools.map[0].to", "school-noord"),
            entry("identity.claims.schools.map[1].from", ZUID_STAFF),
            entry("identity.claims.schools.map[1].to", "school-zuid"),
            entry("identity.claims.roles.claim", "roles"),
            entry("identity.claims.roles.map[0].from", "Sexting.SchoolLeader"),
            entry("identity.claims.roles.map[0].to", "SCHOOL_LEADER"),
            entry("identity.claims.roles.map[1].from", "Sexting.CareCoordinator"),
            entry("identity.claims.roles.map[1].to", "CARE_COORDINATOR"),
            entry("identity.claims.roles.map[2].from", "Sexting.BoardAdministrator"),
            entry("identity.claims.roles.map[2].to", "BOARD_ADMINISTRATOR"));

    static StubService issuer;
    static IdentifyingService service;

    @LocalServerPort
    int port;

    EdgeHttp edge;

    @DynamicPropertySource
    static void entraIdForTheGatewayAndTheService(DynamicPropertyRegistry registry) throws IOException {
        issuer = StubService.issuer();
        service = IdentifyingService.start().configure(issuer.url() + TestTokens.JWKS_PATH, ISSUER, APP_ID_URI,
                ENTRA_MAPPING);
        ENTRA_MAPPING.forEach((property, value) -> registry.add(property, () -> value));
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> issuer.url() + TestTokens.JWKS_PATH);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> APP_ID_URI);
        service.standInForEveryService(registry);
    }

    @AfterAll
    static void stop() {
        service.close();
        issuer.close();
    }

    @BeforeEach
    void forget() {
        edge = new EdgeHttp(port);
        service.forget();
    }

    @Test
    void an_entra_token_mapped_by_configuration_reaches_the_service_with_the_right_board_schools_and_roles()
            throws Exception {
        String token = entraToken(List.of("Sexting.CareCoordinator", "Sexting.SchoolLeader"),
                List.of(ALL_STAFF, ZUID_STAFF, NOORD_STAFF));

        HttpResponse<String> asFirstRole = edge.send(edge.get("/api/cases/42").header("Authorization", "Bearer " + token));
        HttpResponse<String> asLeader = edge.send(edge.get("/api/cases/42").header("Authorization", "Bearer " + token)
                .header("X-Acting-Role", "SCHOOL_LEADER"));

        assertThat(asFirstRole.statusCode()).isEqualTo(200);
        JsonNode caller = json(asFirstRole.body());
        assertThat(caller.path("user").asText()).isEqualTo(OID);
        assertThat(caller.path("board").asText()).isEqualTo("board-7");
        assertThat(texts(caller.path("schools"))).containsExactly("school-zuid", "school-noord");
        assertThat(texts(caller.path("roles"))).containsExactly("CARE_COORDINATOR", "SCHOOL_LEADER");
        assertThat(caller.path("role").asText()).isEqualTo("CARE_COORDINATOR");
        assertThat(json(asLeader.body()).path("role").asText()).isEqualTo("SCHOOL_LEADER");
        assertThat(service.received()).containsExactly("/api/cases/42", "/api/cases/42");
    }

    @Test
    void a_board_administrator_by_app_role_needs_no_school_group() throws Exception {
        String token = entraToken(List.of("Sexting.BoardAdministrator"), List.of(ALL_STAFF));

        HttpResponse<String> response = edge.send(edge.get("/api/prevention/boards/board-7/coverage")
                .header("Authorization", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode caller = json(response.body());
        assertThat(caller.path("board").asText()).isEqualTo("board-7");
        assertThat(caller.path("role").asText()).isEqualTo("BOARD_ADMINISTRATOR");
        assertThat(caller.path("schools").size()).isZero();
    }

    @Test
    void an_entra_token_without_the_mapped_groups_is_refused_403_and_never_reaches_the_service() throws Exception {
        Map<String, String> refused = new HashMap<>();
        refused.put("no mapped group", entraToken(List.of("Sexting.SchoolLeader"), List.of(ALL_STAFF)));
        refused.put("no groups claim", entraToken(List.of("Sexting.SchoolLeader"), null));
        refused.put("no mapped app role", entraToken(List.of("Sexting.Reader", "SCHOOL_LEADER"), List.of(NOORD_STAFF)));
        refused.put("no app roles", entraToken(null, List.of(NOORD_STAFF)));

        for (Map.Entry<String, String> token : refused.entrySet()) {
            HttpResponse<String> response = edge.send(edge.get("/api/cases/42")
                    .header("Authorization", "Bearer " + token.getValue()));

            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(403);
            assertProblem(response, 403, FORBIDDEN);
        }
        assertThat(service.received()).isEmpty();

        // and were one to get past the edge, the service refuses it the same way
        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(service.url() + "/api/cases/42"))
                .header("Authorization", "Bearer " + refused.get("no mapped group")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(403);
    }

    @Test
    void a_token_of_another_tenant_or_for_another_audience_does_not_pass() throws Exception {
        Map<String, Object> otherTenant = claims(List.of("Sexting.SchoolLeader"), List.of(NOORD_STAFF));
        otherTenant.put("tid", "00000000-0000-0000-0000-000000000001");
        Map<String, Object> ourOwnShape = claims(List.of("Sexting.SchoolLeader"), List.of(NOORD_STAFF));
        ourOwnShape.put("aud", "sexting-protocol");

        HttpResponse<String> tenant = edge.send(edge.get("/api/cases/42")
                .header("Authorization", "Bearer " + TestTokens.withClaims(otherTenant)));
        HttpResponse<String> audience = edge.send(edge.get("/api/cases/42")
                .header("Authorization", "Bearer " + TestTokens.withClaims(ourOwnShape)));

        assertThat(tenant.statusCode()).isEqualTo(403);
        assertThat(audience.statusCode()).isEqualTo(401);
        assertThat(service.received()).isEmpty();
    }

    /** An access token as Entra ID issues it for the board's app registration (v1.0, with app roles and groups). */
    static String entraToken(List<String> appRoles, List<String> groups) {
        return TestTokens.withClaims(claims(appRoles, groups));
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
