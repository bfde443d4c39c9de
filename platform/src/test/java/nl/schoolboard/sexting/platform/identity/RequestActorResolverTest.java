package nl.schoolboard.sexting.platform.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestActorResolverTest {

    private final RequestActorResolver actors = new RequestActorResolver();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_caller_is_who_the_token_says_in_the_first_of_their_roles() {
        signIn(Map.of("sub", "u-1", "board", "board-1", "schools", List.of("school-1"),
                "roles", List.of("CARE_COORDINATOR", "SCHOOL_LEADER")));

        RequestActor actor = actors.resolve((String) null);

        assertThat(actor.userId()).isEqualTo("u-1");
        assertThat(actor.role()).isEqualTo(StaffRole.CARE_COORDINATOR);
        assertThat(actor.boardId()).isEqualTo("board-1");
        assertThat(actor.worksAt("school-1")).isTrue();
        assertThat(actor.correlationId()).isNotBlank();
        assertThat(actors.resolve("school_leader").role()).isEqualTo(StaffRole.SCHOOL_LEADER);
    }

    @Test
    void a_claim_of_the_wrong_shape_is_a_sign_in_this_service_cannot_read() {
        signIn(Map.of("sub", "u-1", "board", List.of("board-1", "board-2"), "roles", List.of("SCHOOL_LEADER")));
        assertThatThrownBy(() -> actors.resolve((String) null)).isInstanceOf(UnknownActor.class)
                .extracting("code", "params").containsExactly("claim-unreadable", Map.of("claim", "board"));

        signIn(Map.of("sub", "u-1", "board", "board-1", "roles", Map.of("role", "SCHOOL_LEADER")));
        assertThatThrownBy(() -> actors.resolve((String) null)).isInstanceOf(UnknownActor.class);
    }

    @Test
    void a_role_that_is_not_the_callers_own_is_refused() {
        signIn(Map.of("sub", "u-1", "board", "board-1", "roles", List.of("TEAM_MEMBER")));
        assertThatThrownBy(() -> actors.resolve("SCHOOL_LEADER")).isInstanceOf(NotAllowedForRole.class);
    }

    @Test
    void without_board_or_role_nobody_is_known() {
        signIn(Map.of("sub", "u-1", "roles", List.of("TEAM_MEMBER")));
        assertThatThrownBy(() -> actors.resolve((String) null)).isInstanceOf(UnknownActor.class);
    }

    private static void signIn(Map<String, Object> claims) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(token::claim);
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token.build()));
    }
}
