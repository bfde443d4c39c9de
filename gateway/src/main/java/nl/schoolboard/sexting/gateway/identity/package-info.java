/**
 * Identity at the edge: the seam for the next issue, deliberately empty for now.
 *
 * <p>The gateway does not yet check who is calling; every request is routed. When identity arrives it goes here
 * and nowhere else:
 * <ul>
 *   <li>{@code spring-boot-starter-oauth2-resource-server} with a {@code SecurityWebFilterChain} that validates
 *       the JWT of the issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}: the development OIDC
 *       issuer in local-stack, the board's provider in production) for {@code /api/**}, leaving
 *       {@code /actuator/health} open;</li>
 *   <li>its filter order after {@link nl.schoolboard.sexting.gateway.EdgeFilterOrder#REQUEST_SIZE_LIMIT}
 *       ({@link nl.schoolboard.sexting.gateway.EdgeFilterOrder#AUTHENTICATION}), so a rejected request still gets
 *       a correlation id and the security headers;</li>
 *   <li>401/403 answered as problem+json by {@link nl.schoolboard.sexting.gateway.problem.EdgeProblemHandler}'s
 *       format;</li>
 *   <li>the token relayed downstream unchanged ({@code Authorization} is passed on by the routes today), so each
 *       service can check board, school and role itself; the gateway must never invent identity headers that a
 *       service would trust without a token.</li>
 * </ul>
 *
 * <p>Until then, mind that case-service's walking skeleton takes the caller from the headers {@code X-Actor-Id},
 * {@code X-Actor-Role} and {@code X-Board-Id} as given, and the gateway passes them on: in the skeleton anyone who
 * can reach the gateway can claim any role. When tokens arrive, this package also removes those headers from
 * incoming requests (or derives them from the validated token), so a caller can never set them.
 */
package nl.schoolboard.sexting.gateway.identity;
