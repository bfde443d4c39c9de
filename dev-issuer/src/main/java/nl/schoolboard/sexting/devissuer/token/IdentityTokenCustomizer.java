package nl.schoolboard.sexting.devissuer.token;

import java.util.List;

import nl.schoolboard.sexting.devissuer.demo.DemoBoard;
import nl.schoolboard.sexting.devissuer.demo.DemoUser;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link IdentityClaims} of the signed-in demo user into the tokens of the authorization-code flow: the
 * access token gets them with {@code aud} = {@value IdentityClaims#AUDIENCE} (instead of the client id); the ID
 * token gets them too (with {@code preferred_username}) and keeps the client id as its audience, as OIDC wants.
 * A principal that is not a demo user (none can sign in here) is left as Spring Authorization Server made it.
 */
@Component
public class IdentityTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        if (context.getPrincipal() == null) {
            return;
        }
        DemoUser user = DemoBoard.byUsername(context.getPrincipal().getName()).orElse(null);
        if (user == null) {
            return;
        }
        IdentityClaims identity = IdentityClaims.of(user);
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            identity.applyTo(context.getClaims()).audience(List.of(IdentityClaims.AUDIENCE));
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            identity.applyTo(context.getClaims()).claim(IdentityClaims.PREFERRED_USERNAME, user.username());
        }
    }
}
