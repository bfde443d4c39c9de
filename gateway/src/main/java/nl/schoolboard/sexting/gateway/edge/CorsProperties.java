package nl.schoolboard.sexting.gateway.edge;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one origin whose pages may call the API from a browser.
 *
 * @param allowedOrigin {@code gateway.cors.allowed-origin}, default {@code http://localhost:8080}: the web UI, which
 *                      the gateway serves itself (so same origin; the setting matters only when the UI is served
 *                      from elsewhere). Exactly one origin ({@code scheme://host[:port]}); {@code *} is refused.
 */
@ConfigurationProperties("gateway.cors")
public record CorsProperties(@DefaultValue("http://localhost:8080") String allowedOrigin) {

    public CorsProperties {
        allowedOrigin = checkedOrigin(allowedOrigin);
    }

    private static String checkedOrigin(String origin) {
        String problem = "gateway.cors.allowed-origin must be one origin such as https://desk.example.nl"
                + " (scheme, host and optional port, nothing else), not '" + origin + "'";
        if (origin == null || origin.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        String trimmed = origin.strip();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        boolean originOnly = uri.getHost() != null && uri.getRawUserInfo() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!web || !originOnly) {
            throw new IllegalArgumentException(problem);
        }
        return trimmed;
    }
}
