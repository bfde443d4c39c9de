package nl.schoolboard.sexting.devissuer.server;

import nl.schoolboard.sexting.devissuer.DevIssuerProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: what this is and where to look, for someone who opens the issuer in a browser. */
@RestController
record HomeController(DevIssuerProperties properties) {

    @GetMapping(path = "/", produces = MediaType.TEXT_PLAIN_VALUE)
    String home() {
        return """
                Development OIDC issuer of the local stack (never for production).
                Issuer:     %1$s
                Discovery:  %1$s/.well-known/openid-configuration
                JWKS:       %1$s/oauth2/jwks
                Demo users: %1$s/dev/users (password for all: demo)
                Tokens for scripts: POST %1$s/dev/tokens {"username": "demo-leader"}
                """.formatted(properties.issuer());
    }
}
