package nl.schoolboard.sexting.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.schoolboard.sexting.platform.problem.ProblemResponseWriter;
import nl.schoolboard.sexting.platform.security.ServiceSecurity;
import nl.schoolboard.sexting.platform.security.access.AccessRule;
import nl.schoolboard.sexting.platform.security.access.NamesAccessRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A servlet service built as every service is (platform's auto-configuration, its filter chain, an endpoint that
 * names its access rule), configured with a board's Entra ID claim mapping ({@code identity.claims.*} as properties),
 * given tokens shaped as Entra ID issues them: the handler's {@link RequestActor} has the mapped board, schools and
 * role; a token without the mapped groups is refused with 403 before the handler runs.
 */
class MappedIdentityInAServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RSAKey key;
    private static ConfigurableApplicationContext service;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test").generate();
        service = new SpringApplicationBuilder(CaseDesk.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off",
                        "identity.claims.user=oid",
                        "identity.claims.board.claim=tid",
                        "identity.claims.board.map[0].from=" + EntraIdBoard.TENANT,
                        "identity.claims.board.map[0].to=board-7",
                        "identity.claims.schools.claim=groups",
                        "identity.claims.schools.map[0].from=" + EntraIdBoard.NOORD_STAFF,
                        "identity.claims.schools.map[0].to=school-noord",
                        "identity.claims.roles.claim=roles",
                        "identity.claims.roles.map[0].from=Sexting.CareCoordinator",
                        "identity.claims.roles.map[0].to=CARE_COORDINATOR",
                        "identity.claims.roles.map[1].from=Sexting.TeamMember",
                        "identity.claims.roles.map[1].to=TEAM_MEMBER")
                .run();
        port = ((ServletWebServerApplicationContext) service).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void the_handler_gets_the_board_schools_and_role_the_mapping_gives() throws Exception {
        HttpResponse<String> response = get(EntraIdBoard.claims(List.of("Sexting.CareCoordinator"),
                List.of(EntraIdBoard.ALL_STAFF, EntraIdBoard.NOORD_STAFF)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode caller = JSON.readTree(response.body());
        assertThat(caller.path("user").asText()).isEqualTo(EntraIdBoard.OID);
        assertThat(caller.path("board").asText()).isEqualTo("board-7");
        assertThat(caller.path("schools").toString()).isEqualTo("[\"school-noord\"]");
        assertThat(caller.path("role").asText()).isEqualTo("CARE_COORDINATOR");
    }

    @Test
    void without_the_mapped_groups_the_caller_is_refused_403_as_problem_json() throws Exception {
        HttpResponse<String> response = get(EntraIdBoard.claims(List.of("Sexting.CareCoordinator"),
                List.of(EntraIdBoard.ALL_STAFF)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("no-role-granted");
        assertThat(JSON.readTree(response.body()).path("detail").asText())
                .contains("het bestuur heeft u hier geen rol gegeven");
    }

    @Test
    void a_mapped_role_the_endpoint_does_not_allow_is_refused_by_its_rule() throws Exception {
        assertThat(get(EntraIdBoard.claims(List.of("Sexting.TeamMember"),
                List.of(EntraIdBoard.NOORD_STAFF)))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void a_token_without_the_user_id_claim_does_not_say_who_it_is() throws Exception {
        Map<String, Object> claims = EntraIdBoard.claims(List.of("Sexting.CareCoordinator"),
                List.of(EntraIdBoard.NOORD_STAFF));
        claims.remove("oid");

        assertThat(get(claims).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> get(Map<String, Object> claims) throws Exception {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(),
                builder.build());
        token.sign(new RSASSASigner(key));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/cases/42"))
                .header("Authorization", "Bearer " + token.serialize()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The smallest catalogue: reading a case is for care staff. */
    enum Rule implements AccessRule {
        READ_CASE;

        @Override
        public boolean allows(StaffRole role) {
            return role == StaffRole.CARE_COORDINATOR || role == StaffRole.SCHOOL_LEADER;
        }
    }

    @NamesAccessRule
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Guarded {
        Rule value();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class CaseDesk {

        @Bean
        SecurityFilterChain security(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
            return ServiceSecurity.denyByDefault(http, problems).build();
        }

        @Bean
        JwtDecoder tokens() throws Exception {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) key.toPublicKey()).build();
        }

        @Bean
        Cases cases() {
            return new Cases();
        }
    }

    @RestController
    static class Cases {

        @Guarded(Rule.READ_CASE)
        @GetMapping("/api/cases/{caseId}")
        Map<String, Object> read(RequestActor caller) {
            return Map.of("user", caller.userId(), "board", caller.boardId(), "schools", caller.schools(),
                    "role", caller.role().name());
        }
    }
}
