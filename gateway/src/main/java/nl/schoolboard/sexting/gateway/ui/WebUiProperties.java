package nl.schoolboard.sexting.gateway.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the web UI is told about its sign-in ({@code GET /ui-config.json}), next to the issuer, which is always the
 * gateway's own token issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 *
 * @param clientId {@code gateway.ui.client-id}, default {@code case-desk}: the UI's public OIDC client at the issuer
 *                 (authorization code with PKCE, no secret)
 */
@ConfigurationProperties("gateway.ui")
public record WebUiProperties(@DefaultValue("case-desk") String clientId) {

    public WebUiProperties {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("gateway.ui.client-id must name the web UI's OIDC client, e.g. case-desk");
        }
        clientId = clientId.strip();
    }
}
