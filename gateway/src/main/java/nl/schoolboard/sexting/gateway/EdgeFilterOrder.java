package nl.schoolboard.sexting.gateway;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's own {@link org.springframework.web.server.WebFilter}s. They run for every request,
 * routed or not (so a 404, 413 or 503 made by the gateway itself also carries the correlation id and the
 * security headers), and all of them before the gateway's route handling.
 */
public final class EdgeFilterOrder {

    /** First: everything after it, including error responses and logs, can use the id. */
    public static final int CORRELATION_ID = Ordered.HIGHEST_PRECEDENCE;
    public static final int SECURITY_HEADERS = CORRELATION_ID + 10;
    public static final int REQUEST_SIZE_LIMIT = CORRELATION_ID + 20;
    /**
     * Reserved for identity: the filter that validates the bearer token (JWT) and passes the caller's identity
     * downstream goes here, after the cheap rejections above and before any routing. See
     * {@link nl.schoolboard.sexting.gateway.identity}.
     */
    public static final int AUTHENTICATION = CORRELATION_ID + 100;

    private EdgeFilterOrder() {
    }
}
