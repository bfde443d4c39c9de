package nl.schoolboard.sexting.gateway;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's {@link org.springframework.web.server.WebFilter}s. They run for every request,
 * routed or not (so a 401, 404, 413, 429 or 503 made by the gateway itself also carries the correlation id and the
 * security headers), and all of them before the gateway's route handling:
 * <ol>
 *   <li>correlation id, security headers, request size limit: cheap, and needed by every answer;</li>
 *   <li>removal of identity headers a caller may not set;</li>
 *   <li>Spring Security's filter chain: CORS, then the bearer token (see
 *       {@link nl.schoolboard.sexting.gateway.identity});</li>
 *   <li>the rate limit, which needs to know who the caller is.</li>
 * </ol>
 * Each filter names its place with {@code @Order} on its class. {@code GatewayIT} checks this order on the running
 * application.
 */
public final class EdgeFilterOrder {

    /** First: everything after it, including error responses and logs, can use the id. */
    public static final int CORRELATION_ID = Ordered.HIGHEST_PRECEDENCE;
    public static final int SECURITY_HEADERS = CORRELATION_ID + 10;
    public static final int REQUEST_SIZE_LIMIT = CORRELATION_ID + 20;
    /** Drops {@code X-Actor-*} and {@code X-Board-Id} from incoming requests, before anything else reads them. */
    public static final int UNTRUSTED_IDENTITY_HEADERS = CORRELATION_ID + 30;
    /**
     * Spring Security's {@code WebFilterChainProxy}, which validates the bearer token: its order is fixed by Spring
     * Security ({@code WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER}, -100, a constant of a
     * package-private class, hence repeated here), well after the filters above.
     */
    public static final int AUTHENTICATION = -100;
    /** After authentication: the limit is kept per user (the token's {@code sub}). */
    public static final int RATE_LIMIT = AUTHENTICATION + 10;

    private EdgeFilterOrder() {
    }
}
