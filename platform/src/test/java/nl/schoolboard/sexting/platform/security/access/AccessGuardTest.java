package nl.schoolboard.sexting.platform.security.access;

import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.RequestActorArgument;
import nl.schoolboard.sexting.platform.identity.RequestActorResolver;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.platform.identity.UnknownActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessGuardTest {

    /** A service's catalogue, as small as can be. */
    enum Rule implements AccessRule {
        LEADERS_OF_THE_SCHOOL, FEED {
            @Override
            public boolean open() {
                return true;
            }
        };

        @Override
        public boolean allows(StaffRole role) {
            return role == StaffRole.SCHOOL_LEADER;
        }
    }

    @NamesAccessRule
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Guarded {
        Rule value();
    }

    static class Endpoints {
        @Guarded(Rule.LEADERS_OF_THE_SCHOOL)
        void plan() {
        }

        @Guarded(Rule.FEED)
        void feed() {
        }

        void forgotten() {
        }
    }

    /** Out of reach: a school the caller does not work at. */
    static class NoSuchSchool extends RuntimeException {
    }

    private final List<String> asked = new ArrayList<>();
    private final Reach<Rule> schools = new Reach<Rule>() {
        @Override
        public void check(Rule rule, RequestActor caller, Map<String, String> path) {
            asked.add(rule + " " + path.get("schoolId"));
            if (!caller.worksAt(path.get("schoolId"))) {
                throw new NoSuchSchool();
            }
        }
    };
    private final AccessGuard guard = new AccessGuard(new RequestActorResolver(), schools);

    @Test
    void a_reach_says_which_rules_it_checks_by_the_type_it_is_declared_for() {
        assertThat(schools.rules()).isEqualTo(Rule.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_caller_in_an_allowed_role_who_reaches_the_school_passes_and_is_left_for_the_handler() throws Exception {
        signIn("SCHOOL_LEADER", "school-1");
        MockHttpServletRequest request = request("school-1");

        assertThat(guard.preHandle(request, new MockHttpServletResponse(), handler("plan"))).isTrue();

        assertThat(asked).containsExactly("LEADERS_OF_THE_SCHOOL school-1");
        assertThat(request.getAttribute(RequestActorArgument.ATTRIBUTE)).isInstanceOfSatisfying(RequestActor.class,
                caller -> assertThat(caller.userId()).isEqualTo("u-1"));
    }

    @Test
    void a_role_the_rule_does_not_allow_is_refused_before_anything_is_looked_up() {
        signIn("TEAM_MEMBER", "school-1");

        assertThatThrownBy(() -> guard.preHandle(request("school-1"), new MockHttpServletResponse(), handler("plan")))
                .isInstanceOf(NotAllowedForRole.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void out_of_reach_is_the_services_own_refusal() {
        signIn("SCHOOL_LEADER", "school-2");

        assertThatThrownBy(() -> guard.preHandle(request("school-1"), new MockHttpServletResponse(), handler("plan")))
                .isInstanceOf(NoSuchSchool.class);
    }

    @Test
    void nobody_signed_in_is_unknown_unless_the_rule_is_open() throws Exception {
        assertThatThrownBy(() -> guard.preHandle(request("school-1"), new MockHttpServletResponse(), handler("plan")))
                .isInstanceOf(UnknownActor.class);
        assertThat(guard.preHandle(request("school-1"), new MockHttpServletResponse(), handler("feed"))).isTrue();
    }

    @Test
    void an_endpoint_without_a_rule_is_refused_for_everybody() {
        signIn("SCHOOL_LEADER", "school-1");

        assertThatThrownBy(() -> guard.preHandle(request("school-1"), new MockHttpServletResponse(),
                handler("forgotten"))).isInstanceOf(NotAllowedForRole.class).hasMessage("This is not open to anyone.");
    }

    @Test
    void the_frameworks_own_handlers_are_left_to_the_filter_chain() throws Exception {
        HandlerMethod errorPage = new HandlerMethod(new BasicErrorController(
                new org.springframework.boot.web.servlet.error.DefaultErrorAttributes(),
                new org.springframework.boot.autoconfigure.web.ErrorProperties()),
                BasicErrorController.class.getMethod("error", jakarta.servlet.http.HttpServletRequest.class));

        assertThat(guard.preHandle(request("school-1"), new MockHttpServletResponse(), errorPage)).isTrue();
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(name));
    }

    private static MockHttpServletRequest request(String schoolId) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/schools/" + schoolId + "/plan");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("schoolId", schoolId));
        request.setContent("{not json".getBytes());
        return request;
    }

    private static void signIn(String role, String school) {
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claim("sub", "u-1").claim("board", "board-1")
                .claim("schools", List.of(school)).claim("roles", List.of(role)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }
}
