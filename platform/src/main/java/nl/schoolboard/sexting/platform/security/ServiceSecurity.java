package nl.schoolboard.sexting.platform.security;

import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.problem.ProblemResponseWriter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import java.util.ArrayList;
import java.util.List;

import static nl.schoolboard.sexting.platform.problem.Problems.coded;

/**
 * The security filter chain of a service: every request is someone, an OIDC access token (JWT) from the configured
 * issuer ({@code spring.security.oauth2.resourceserver.jwt.*}, which also checks audience, signature and expiry),
 * checked in the service and not only at the gateway. Everything is closed unless named open here: health, info,
 * metrics, the service's API document and what a service opens on purpose. Refusals are problem+json. What a signed-in
 * caller may then do is decided per endpoint, before its body is read.
 */
public final class ServiceSecurity {

    private final HttpSecurity http;
    private final ProblemResponseWriter problems;
    /**
     * The probes, the build info and the metrics a Prometheus scraper (which carries no token) reads. None of them is
     * reachable from outside: the gateway routes only {@code /api/**} to a service, and in a cluster only the gateway
     * and the monitoring may reach a service's port.
     */
    private final List<String> open = new ArrayList<>(List.of("/actuator/health/**", "/actuator/info",
            "/actuator/prometheus"));
    private final List<String> openForGet = new ArrayList<>();

    private ServiceSecurity(HttpSecurity http, ProblemResponseWriter problems) {
        this.http = http;
        this.problems = problems;
    }

    public static ServiceSecurity denyByDefault(HttpSecurity http, ProblemResponseWriter problems) {
        return new ServiceSecurity(http, problems);
    }

    /** Where springdoc serves this service's API document ({@code springdoc.api-docs.path}), which the gateway shows. */
    public ServiceSecurity apiDocument(String path) {
        open.add(path);
        open.add(path + "/**");
        return this;
    }

    /** Reads without a token, for addresses that carry their own secret (a calendar feed). */
    public ServiceSecurity openForGet(String... patterns) {
        openForGet.addAll(List.of(patterns));
        return this;
    }

    public SecurityFilterChain build() throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(open.toArray(String[]::new)).permitAll();
                    if (!openForGet.isEmpty()) {
                        requests.requestMatchers(HttpMethod.GET, openForGet.toArray(String[]::new)).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response, unauthenticated()))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, forbidden())))
                .build();
    }

    /** The answer to a request without a valid access token. */
    public static ProblemDetail unauthenticated() {
        return coded(HttpStatus.UNAUTHORIZED, "unauthenticated", "unauthenticated");
    }

    /** The answer to a role that does not allow this (a refusal with its own reason replaces the code). */
    public static ProblemDetail forbidden() {
        return coded(HttpStatus.FORBIDDEN, "forbidden", NotAllowedForRole.NOT_FOR_YOUR_ROLE);
    }

    /** A request address the firewall refuses (an encoded slash or percent sign, ...). */
    public static ProblemDetail rejectedAddress() {
        return coded(HttpStatus.BAD_REQUEST, "rejected-address", "rejected-address");
    }
}
