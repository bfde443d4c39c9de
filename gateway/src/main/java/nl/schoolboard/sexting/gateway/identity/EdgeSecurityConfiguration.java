package nl.schoolboard.sexting.gateway.identity;

import nl.schoolboard.sexting.gateway.apidocs.ApiDocument;
import nl.schoolboard.sexting.gateway.problem.EdgeProblemHandler;
import nl.schoolboard.sexting.platform.identity.ClaimMapping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The bearer token check at the edge. {@code /api/**} needs a valid access token (JWT) of the configured issuer for
 * our audience; open are: reading the OpenAPI documents ({@link ApiDocument}) and their index {@code /api/docs},
 * reading a school's calendar feed ({@value #CALENDAR_FEED}: calendar programs cannot send a token, the address holds
 * its own secret, which prevention-service checks), actuator health and info, and everything outside
 * {@code /api/**} (the web UI). A token that is sent is checked everywhere, also on the open paths.
 *
 * <p>The token is validated by Spring Boot's {@link ReactiveJwtDecoder}, configured only by properties:
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (the {@code iss} every token must carry),
 * {@code jwk-set-uri} (where the signing keys are; without it they are found through the issuer's discovery
 * document) and {@code audiences} ({@code sexting-protocol}, in application.yml). Algorithm RS256 (Spring Boot's
 * default), expiry and not-before with Spring Security's default clock skew of 60 seconds. The token's claims are then
 * read through the board's claim mapping ({@code identity.claims.*}, {@link MappedStaffAuthentication}): a call to
 * {@code /api/**} needs a role in this system (else 403).
 *
 * <p>Stateless: no session, no saved request, no CSRF protection (there are no cookies for a forged request to ride
 * on; the token travels in the {@code Authorization} header only). Spring Security's own response headers are off:
 * {@link nl.schoolboard.sexting.gateway.edge.SecurityHeadersFilter} is the one header policy at the edge.
 * 401 and 403 are answered as problem+json by {@link EdgeProblemHandler}.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {

    static final String[] OPEN_ACTUATOR = {"/actuator/health", "/actuator/health/**", "/actuator/info"};
    /** As prevention-service opens it: one path segment, {@code <token>.ics}. */
    static final String CALENDAR_FEED = "/api/prevention/calendar/*.ics";

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, ObjectProvider<ReactiveJwtDecoder> decoders,
                                        ClaimMapping claims, EdgeProblemHandler problems) {
        ReactiveJwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException("The gateway checks access tokens but does not know their issuer: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (and jwk-set-uri), e.g. "
                    + "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9000");
        }
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // the CorsConfigurationSource bean of edge.CorsPolicy; preflights end here, before the token check
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_ACTUATOR).permitAll()
                        .pathMatchers(HttpMethod.GET, ApiDocument.openPaths()).permitAll()
                        .pathMatchers(HttpMethod.GET, CALENDAR_FEED).permitAll()
                        .pathMatchers("/api/**").hasAnyRole(MappedStaffAuthentication.STAFF_ROLES)
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new MappedStaffAuthentication(claims)))
                        .authenticationEntryPoint(problems::handle)
                        .accessDeniedHandler(problems::handle))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::handle)
                        .accessDeniedHandler(problems::handle))
                .build();
    }
}
