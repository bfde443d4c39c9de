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
 * @param allowedOrigins the origins of the web UI ({@code scheme://host[:port]}, the gateway that serves it), whose
 *                       pages may call the discovery document, the token and JWKS endpoints and userinfo from a
 *                       browser (CORS); default {@code http://localhost:8080}. No wildcard.
 */
@ConfigurationProperties("dev-issuer")
public record DevIssuerProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("./data/dev-issuer/jwk.json") Path keyFile,
        @DefaultValue({"http://localhost:8080/login/callback", "http://localhost:8080/"}) List<String> redirectUris,
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("http://localhost:8080") List<String> allowedOrigins) {

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
        allowedOrigins = allowedOrigins.stream().map(DevIssuerProperties::checkedOrigin).toList();
    }

    private static String checkedOrigin(String origin) {
        String trimmed = origin == null ? "" : stripTrailingSlash(origin.strip());
        URI url;
        try {
            url = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            url = null;
        }
        boolean originOnly = url != null && List.of("http", "https").contains(url.getScheme()) && url.getHost() != null
                && url.getRawUserInfo() == null && (url.getRawPath() == null || url.getRawPath().isEmpty())
                && url.getRawQuery() == null && url.getRawFragment() == null;
        if (!originOnly) {
            throw new IllegalArgumentException("dev-issuer.allowed-origins holds origins such as http://localhost:8080"
                    + " (scheme, host and optional port, nothing else), not '" + origin + "'");
        }
        return trimmed;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
