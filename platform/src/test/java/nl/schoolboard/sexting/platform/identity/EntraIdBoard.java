package nl.schoolboard.sexting.platform.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A board that signs its staff in with Microsoft Entra ID, as the claim-mapping tests meet it: its tenant, its staff
 * groups, the staff member whose token is shown, and that token's claims as Entra ID writes a v1.0 access token. The
 * gateway's tests use the same board (platform's test jar holds this class only), so that the edge and the services
 * are shown the very same tokens.
 */
public final class EntraIdBoard {

    /** The board's tenant: the {@code tid} of every token it issues. */
    public static final String TENANT = "3f1c2a8e-5b7d-4e0a-9c61-2d8f0b7a4e19";
    /** Who signs the board's v1.0 access tokens. */
    public static final String ISSUER = "https://sts.windows.net/" + TENANT + "/";
    /** The application ID URI of the board's app registration: what Entra ID puts in {@code aud}. */
    public static final String APP_ID_URI = "api://sexting-protocol";

    /** The staff groups of two schools, and of the whole board: that one stands for no school, no mapping names it. */
    public static final String NOORD_STAFF = "8d0e5a1b-2c3f-4d6e-8f70-a1b2c3d4e5f6";
    public static final String ZUID_STAFF = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    public static final String ALL_STAFF = "5c4b3a29-1807-4f6e-9d8c-7b6a59483726";

    /** The object id of the staff member signing in: the user id a mapping on {@code oid} gives. */
    public static final String OID = "6b1d8f4c-0e2a-4b3c-9d5e-7f8a9b0c1d2e";

    private EntraIdBoard() {
    }

    /**
     * The claims of the staff member's access token, with these app roles and groups ({@code null} leaves the claim
     * out, as Entra ID does when none are assigned); a map the test may still change.
     */
    public static Map<String, Object> claims(List<String> appRoles, List<String> groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", APP_ID_URI);
        claims.put("tid", TENANT);
        claims.put("oid", OID);
        claims.put("sub", "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ");
        claims.put("appid", "0d3e1c2b-4a5f-4e6d-8c7b-9a0f1e2d3c4b");
        claims.put("ver", "1.0");
        claims.put("name", "Test Coordinator");
        if (appRoles != null) {
            claims.put("roles", appRoles);
        }
        if (groups != null) {
            claims.put("groups", groups);
        }
        return claims;
    }
}
