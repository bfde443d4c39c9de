/**
 * Identity at the edge: every call to {@code /api/**} carries a valid access token, and nothing else a caller sends
 * says who they are.
 *
 * <ul>
 *   <li>{@link nl.schoolboard.sexting.gateway.identity.EdgeSecurityConfiguration}: Spring Security's
 *       {@code SecurityWebFilterChain} as an OAuth2 resource server. It validates the JWT (RS256, signature against
 *       the issuer's keys, {@code iss} = {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code aud}
 *       containing {@code sexting-protocol}, not expired) for {@code /api/**}, except reading the OpenAPI
 *       documents, {@code /api/docs} and prevention-service's calendar feed ({@code /api/prevention/calendar/*.ics},
 *       whose address is its own secret); actuator health and info and everything outside {@code /api/**} (the web
 *       UI) stay open.
 *       The issuer is configuration only: the development issuer in local-stack, the board's provider in
 *       production. Stateless, no CSRF (bearer tokens only), CORS for the configured UI origin
 *       ({@link nl.schoolboard.sexting.gateway.edge.CorsPolicy}).</li>
 *   <li>{@link nl.schoolboard.sexting.gateway.identity.MappedStaffAuthentication}: the token's claims read through
 *       the board's claim mapping ({@code identity.claims.*}, the same as the services'); {@code /api/**} needs a
 *       role in this system, so a valid token of someone the mapping gives no role or school is refused with 403,
 *       and one that does not say who, for which board, in which role with 401.</li>
 *   <li>Its place in the filter order is
 *       {@link nl.schoolboard.sexting.gateway.EdgeFilterOrder#AUTHENTICATION}, after the correlation id, the
 *       security headers and the size limit, so a refused request still gets all three; the per-user rate limit
 *       ({@link nl.schoolboard.sexting.gateway.ratelimit}) comes after it.</li>
 *   <li>401 and 403 are problem+json from {@link nl.schoolboard.sexting.gateway.problem.EdgeProblemHandler}, with
 *       {@code WWW-Authenticate: Bearer} on 401.</li>
 *   <li>The {@code Authorization} header is relayed to the services unchanged: each service checks the token again
 *       and decides on board, school and role itself, through the same mapping. The gateway adds no identity headers of its own.</li>
 *   <li>{@link nl.schoolboard.sexting.gateway.identity.UntrustedIdentityHeadersFilter} removes the walking
 *       skeleton's {@code X-Actor-*} and {@code X-Board-Id} headers from every incoming request, so no service can
 *       receive them from a caller.</li>
 * </ul>
 */
package nl.schoolboard.sexting.gateway.identity;
