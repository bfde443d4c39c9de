package nl.schoolboard.sexting.platform.issuer;

/** Why a production start was refused: the property that points at the development issuer, and its value. */
public class TrustsDevelopmentIssuer extends IllegalStateException {

    private final String property;
    private final String address;

    TrustsDevelopmentIssuer(String property, String address) {
        super("Refusing to start under the '" + ProductionTrustGuard.PRODUCTION + "' profile: " + property + "="
                + address + " is the development issuer (a loopback or dev-issuer address), which mints a token for"
                + " any board and role. Point issuer-uri and jwk-set-uri at the board's own OIDC provider.");
        this.property = property;
        this.address = address;
    }

    public String property() {
        return property;
    }

    public String address() {
        return address;
    }
}
