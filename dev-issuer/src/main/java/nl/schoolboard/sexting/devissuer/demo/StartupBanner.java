package nl.schoolboard.sexting.devissuer.demo;

import nl.schoolboard.sexting.devissuer.DevIssuerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the issuer URL and the demo users once the issuer answers. */
@Component
record StartupBanner(DevIssuerProperties properties) {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        log.info("""
                Development OIDC issuer {} (DEVELOPMENT ONLY: production uses the board's own provider)
                  discovery  {}/.well-known/openid-configuration
                  JWKS       {}/oauth2/jwks
                  web client {} (authorization code + PKCE), redirect URIs {}
                  signing key {}
                Demo users:
                {}""", properties.issuer(), properties.issuer(), properties.issuer(),
                DevIssuerProperties.WEB_CLIENT_ID, properties.redirectUris(),
                properties.keyFile().toAbsolutePath().normalize(), DemoBoard.table().stripTrailing());
    }
}
