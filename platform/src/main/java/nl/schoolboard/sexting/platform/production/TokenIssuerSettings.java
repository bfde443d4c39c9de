package nl.schoolboard.sexting.platform.production;

import java.util.List;

import nl.schoolboard.sexting.platform.issuer.DevelopmentIssuer;

/**
 * What every service and the gateway need: the board's own OIDC provider. Never the development issuer, whose
 * {@code POST /dev/tokens} mints a token for any board and any role, so trusting it opens every case to whoever
 * reaches it ({@link DevelopmentIssuer} says how it is recognized).
 */
class TokenIssuerSettings implements ProductionSettings {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    @Override
    public List<ProductionSetting> settings() {
        return List.of(
                new ProductionSetting(ISSUER_URI, "the board's OIDC provider, whose tokens are trusted",
                        environment -> {
                            String issuer = environment.getProperty(ISSUER_URI);
                            if (issuer == null || issuer.isBlank()) {
                                return "is not set";
                            }
                            return trustsTheDevelopmentIssuer(issuer);
                        }),
                new ProductionSetting(JWK_SET_URI, "where the provider's signing keys are, if not found through the issuer",
                        environment -> trustsTheDevelopmentIssuer(environment.getProperty(JWK_SET_URI))));
    }

    private static String trustsTheDevelopmentIssuer(String address) {
        return DevelopmentIssuer.isAt(address)
                ? "=" + address + " is the development issuer (a loopback or dev-issuer address), which mints a token"
                        + " for any board and role; point it at the board's own OIDC provider"
                : null;
    }
}
