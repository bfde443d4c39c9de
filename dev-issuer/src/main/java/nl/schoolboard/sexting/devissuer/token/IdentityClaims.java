package nl.schoolboard.sexting.devissuer.token;

import java.util.List;
import java.util.Objects;

import nl.schoolboard.sexting.devissuer.demo.DemoUser;
import nl.schoolboard.sexting.devissuer.demo.Role;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

/**
 * Who a token is about, as every service reads it from an access token:
 * <ul>
 *   <li>{@code sub}: stable pseudonymous user id, e.g. {@code demo-leader-noord-1}</li>
 *   <li>{@code board}: board id (a string)</li>
 *   <li>{@code schools}: JSON array of the ids of the schools the user works at; empty for board-wide roles</li>
 *   <li>{@code roles}: JSON array of {@link Role} names</li>
 *   <li>{@code name}: display name for the UI</li>
 * </ul>
 * and, set next to these, {@code aud} = {@value #AUDIENCE}, {@code iss} = the issuer's URL, RS256 signature.
 */
public record IdentityClaims(String subject, String board, List<String> schools, List<String> roles, String name) {

    /** The {@code aud} of every access token: the whole system is one audience. */
    public static final String AUDIENCE = "sexting-protocol";

    public static final String BOARD = "board";
    public static final String SCHOOLS = "schools";
    public static final String ROLES = "roles";
    public static final String NAME = "name";
    /** Only in the ID token and userinfo: what the user typed into the login form. */
    public static final String PREFERRED_USERNAME = "preferred_username";

    public IdentityClaims {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(board);
        schools = List.copyOf(schools);
        roles = List.copyOf(roles);
        Objects.requireNonNull(name);
    }

    public static IdentityClaims of(DemoUser user) {
        return new IdentityClaims(user.subject(), user.board(), user.schools(), List.of(user.role().name()),
                user.name());
    }

    /** Sets {@code sub}, {@code board}, {@code schools}, {@code roles} and {@code name}; leaves the rest alone. */
    public JwtClaimsSet.Builder applyTo(JwtClaimsSet.Builder claims) {
        return claims.subject(subject)
                .claim(BOARD, board)
                .claim(SCHOOLS, schools)
                .claim(ROLES, roles)
                .claim(NAME, name);
    }
}
