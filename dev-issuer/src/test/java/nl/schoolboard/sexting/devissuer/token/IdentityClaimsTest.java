package nl.schoolboard.sexting.devissuer.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.schoolboard.sexting.devissuer.demo.DemoBoard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

/** The claims mapping: demo user or request body to the claims every service reads. */
class IdentityClaimsTest {

    private final IdentityTokenCustomizer customizer = new IdentityTokenCustomizer();

    @Test
    void a_school_leader_gets_subject_board_school_role_and_name() {
        Map<String, Object> claims = claimsOf(IdentityClaims.of(DemoBoard.byUsername("demo-leader").orElseThrow()));

        assertThat(claims).containsEntry("sub", "demo-leader-noord-1")
                .containsEntry("board", "demo-board")
                .containsEntry("schools", List.of("school-noord"))
                .containsEntry("roles", List.of("SCHOOL_LEADER"))
                .containsEntry("name", "Demo Schoolleider Noord");
    }

    @Test
    void a_board_wide_role_has_an_empty_schools_array_not_a_missing_one() {
        Map<String, Object> claims = claimsOf(IdentityClaims.of(DemoBoard.byUsername("demo-auditor").orElseThrow()));

        assertThat(claims).containsEntry("schools", List.of()).containsEntry("roles", List.of("AUDITOR"))
                .containsEntry("board", "demo-board");
    }

    @Test
    void the_access_token_of_the_login_flow_gets_the_identity_and_the_system_audience() {
        JwtClaimsSet claims = customized(OAuth2TokenType.ACCESS_TOKEN, "demo-leader-zuid");

        assertThat(claims.getSubject()).isEqualTo("demo-leader-zuid-1");
        assertThat(claims.getAudience()).containsExactly("sexting-protocol");
        assertThat(claims.getClaims()).containsEntry("schools", List.of("school-zuid"))
                .containsEntry("roles", List.of("SCHOOL_LEADER"))
                .containsEntry("board", "demo-board")
                .containsEntry("name", "Demo Schoolleider Zuid")
                .doesNotContainKey("preferred_username");
    }

    @Test
    void the_id_token_gets_the_identity_but_keeps_the_client_as_its_audience() {
        JwtClaimsSet claims = customized(new OAuth2TokenType(OidcParameterNames.ID_TOKEN), "other-leader");

        assertThat(claims.getSubject()).isEqualTo("other-leader-elders-1");
        assertThat(claims.getAudience()).containsExactly("case-desk");
        assertThat(claims.getClaims()).containsEntry("board", "other-board")
                .containsEntry("schools", List.of("other-school"))
                .containsEntry("preferred_username", "other-leader");
    }

    @Test
    void a_principal_that_is_not_a_demo_user_is_left_alone() {
        JwtClaimsSet claims = customized(OAuth2TokenType.ACCESS_TOKEN, "somebody-else");

        assertThat(claims.getSubject()).isEqualTo("somebody-else");
        assertThat(claims.getAudience()).containsExactly("case-desk");
        assertThat(claims.getClaims()).doesNotContainKeys("board", "schools", "roles");
    }

    @Test
    void a_request_naming_a_demo_user_gets_that_users_claims() {
        assertThat(request("demo-care", null, null, null, null, null).identity())
                .isEqualTo(new IdentityClaims("demo-care-noord-1", "demo-board", List.of("school-noord"),
                        List.of("CARE_COORDINATOR"), "Demo Zorgcoordinator Noord"));
    }

    @Test
    void a_request_with_claims_gets_exactly_those_and_the_subject_as_name_when_none_is_given() {
        IdentityClaims identity = request(null, "attacker-1", "other-board", List.of("school-noord", "school-zuid"),
                List.of("TEAM_MEMBER", "AUDITOR"), null).identity();

        assertThat(identity).isEqualTo(new IdentityClaims("attacker-1", "other-board",
                List.of("school-noord", "school-zuid"), List.of("TEAM_MEMBER", "AUDITOR"), "attacker-1"));
        assertThat(request(null, "nobody", "demo-board", null, null, "No One").identity())
                .isEqualTo(new IdentityClaims("nobody", "demo-board", List.of(), List.of(), "No One"));
    }

    /** Each request that cannot become a token, and the words of its refusal. */
    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                arguments(request("ghost", null, null, null, null, null),
                        List.of("no demo user 'ghost'", "demo-leader")),
                arguments(request("demo-leader", null, "other-board", null, null, null), List.of("not both", "board")),
                arguments(request(null, " ", "demo-board", null, null, null), List.of("'sub'")),
                arguments(request(null, "x", null, null, null, null), List.of("'board'")),
                arguments(request(null, "x", "demo-board", null, List.of("HEADMASTER"), null),
                        List.of("'HEADMASTER' is not a role", "CONFIDENTIAL_COUNSELLOR")),
                arguments(request(null, "x", "demo-board", List.of(""), null, null), List.of("empty school id")));
    }

    @ParameterizedTest
    @MethodSource("refusedRequests")
    void requests_that_cannot_become_a_token_say_why(DevTokenRequest request, List<String> why) {
        assertThatThrownBy(request::identity).isInstanceOf(InvalidTokenRequest.class)
                .hasMessageContainingAll(why.toArray(String[]::new));
    }

    private static DevTokenRequest request(String username, String sub, String board, List<String> schools,
                                           List<String> roles, String name) {
        return new DevTokenRequest(username, sub, board, schools, roles, name, null, null);
    }

    private static Map<String, Object> claimsOf(IdentityClaims identity) {
        return identity.applyTo(JwtClaimsSet.builder()).build().getClaims();
    }

    /** The claims of a token of {@code type} for {@code username} once the customizer has had its say. */
    private JwtClaimsSet customized(OAuth2TokenType type, String username) {
        JwtEncodingContext context = context(type, username);
        customizer.customize(context);
        return context.getClaims().build();
    }

    /** What Spring Authorization Server hands the customizer: its own claims (sub = username, aud = client). */
    private static JwtEncodingContext context(OAuth2TokenType type, String username) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer("http://localhost:9000").subject(username)
                .audience(List.of("case-desk"));
        return JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), claims)
                .principal(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()))
                .tokenType(type)
                .build();
    }
}
