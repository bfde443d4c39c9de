package nl.schoolboard.sexting.gateway.edge;

import java.net.URI;
import java.util.Locale;

import nl.schoolboard.sexting.gateway.EdgeFilterOrder;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response that leaves the gateway, proxied or made here: set just before the
 * response is committed, so they replace whatever a service sent. One policy at the edge.
 *
 * <p>The Content-Security-Policy lets the web UI's pages load only the gateway's own files and call only the
 * gateway and the token issuer ({@code connect-src}: the UI fetches the issuer's discovery document, keys and tokens
 * itself; the issuer's origin is taken from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). No inline
 * script or style, no frames, no plug-ins, forms post to the gateway only; the sign-in at the issuer is a
 * navigation, which the policy does not limit.
 */
@Component
@Order(EdgeFilterOrder.SECURITY_HEADERS)
public class SecurityHeadersFilter implements WebFilter {

    private final String contentSecurityPolicy;

    public SecurityHeadersFilter(OAuth2ResourceServerProperties resourceServer) {
        this.contentSecurityPolicy = contentSecurityPolicy(resourceServer.getJwt().getIssuerUri());
    }

    /** The policy for a gateway whose tokens come from {@code issuerUri} (none: the gateway's origin only). */
    static String contentSecurityPolicy(String issuerUri) {
        String connect = issuerUri == null || issuerUri.isBlank() ? "'self'" : "'self' " + originOf(issuerUri);
        return "default-src 'self'; connect-src " + connect
                + "; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    /** {@code scheme://host[:port]} of an http(s) URL, e.g. of {@code https://login.board.example/realms/board}. */
    static String originOf(String url) {
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("spring.security.oauth2.resourceserver.jwt.issuer-uri must be an http(s)"
                    + " URL such as https://login.board.example, not '" + url + "'");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
