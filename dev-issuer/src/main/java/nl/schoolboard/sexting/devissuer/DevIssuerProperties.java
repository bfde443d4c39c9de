package nl.schoolboard.sexting.devissuer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the development issuer ({@code dev-issuer.*}).
 *
 * @param issuer         the issuer's own URL: the {@code iss} claim of every token and the base of the discovery
 *                       document; the services' {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} must be
 *                       exactly this
 * @param keyFile        where the RSA signing key (a private JWK) is kept, generated at the first start, so tokens
 *                       stay valid when the stack restarts
 * @param redirectUris   where the web UI ({@value #WEB_CLIENT_ID}) may receive its authorization code
 * @param accessTokenTtl lifetime of an access token
 */
@ConfigurationProperties("dev-issuer")
public record DevIssuerProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("./data/dev-issuer/jwk.json") Path keyFile,
        @DefaultValue({"http://localhost:8080/login/callback", "http://localhost:8080/"}) List<String> redirectUris,
        @DefaultValue("1h") Duration accessTokenTtl) {

    /** The public client of the web UI: authorization code with PKCE, no secret. */
    public static final String WEB_CLIENT_ID = "case-desk";

    public DevIssuerProperties {
        URI url = URI.create(issuer.strip());
        if (!url.isAbsolute() || !List.of("http", "https").contains(url.getScheme()) || url.getQuery() != null
                || url.getFragment() != null) {
            throw new IllegalArgumentException("dev-issuer.issuer must be an http(s) URL without query or fragment, "
                    + "e.g. http://localhost:9000; it is: " + issuer);
        }
        issuer = stripTrailingSlash(issuer.strip());
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("dev-issuer.redirect-uris needs at least one URI for the web UI");
        }
        redirectUris = List.copyOf(redirectUris);
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("dev-issuer.access-token-ttl must be positive: " + accessTokenTtl);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
