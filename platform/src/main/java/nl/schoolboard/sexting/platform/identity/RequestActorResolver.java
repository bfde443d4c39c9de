package nl.schoolboard.sexting.platform.identity;

import jakarta.servlet.http.HttpServletRequest;
import nl.schoolboard.sexting.platform.tracing.Correlation;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds out who makes a request, from the claims of their access token (checked by Spring Security before this):
 * {@code sub}, {@code board}, {@code schools} and {@code roles}. Someone with several roles chooses the one they act
 * in with the header {@value #ACTING_ROLE_HEADER}; it must be one of theirs (else 403), and without it the first
 * role of the token is used. The board is the token's, never a header's or a path's.
 * <p>
 * Claims are read strictly: a claim of the wrong shape (a list where a string belongs, a number where a list does)
 * is a token this service cannot read (401), never a 500 and never a guess.
 */
public class RequestActorResolver {

    public static final String ACTING_ROLE_HEADER = "X-Acting-Role";

    public RequestActor resolve(HttpServletRequest request) {
        return resolve(request.getHeader(ACTING_ROLE_HEADER));
    }

    /**
     * @param actingRole the {@value #ACTING_ROLE_HEADER} header, or {@code null}
     * @throws UnknownActor      when there is no verified token, or it lacks the user, the board or a role
     * @throws NotAllowedForRole when the chosen role is not one of the caller's
     */
    public RequestActor resolve(String actingRole) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
            throw new UnknownActor("Sign in first: the request carries no valid access token.");
        }
        String board = stringClaim(token, "board");
        List<String> roles = listClaim(token, "roles");
        if (isBlank(stringClaim(token, "sub")) || isBlank(board) || roles == null || roles.isEmpty()) {
            throw new UnknownActor("Your sign-in does not say who you are, for which school board, in which role.",
                    "sign-in-incomplete", Map.of());
        }
        return new RequestActor(token.getSubject(), actingRole(roles, actingRole), board, listClaim(token, "schools"),
                Correlation.currentOrNew());
    }

    private static StaffRole actingRole(List<String> roles, String chosen) {
        String role = isBlank(chosen) ? roles.get(0) : chosen.trim().toUpperCase(Locale.ROOT);
        if (!roles.contains(role)) {
            throw new NotAllowedForRole("You cannot act as " + role + ": it is not one of your roles.",
                    "not-one-of-your-roles", Map.of("role", role));
        }
        try {
            return StaffRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new UnknownActor("'" + role + "' is not a role in this system.", "role-not-in-system",
                    Map.of("role", role));
        }
    }

    /** A claim that should be a string; anything else (a list, an object) counts as unreadable. */
    private static String stringClaim(Jwt token, String claim) {
        Map<String, Object> claims = token.getClaims();
        Object value = claims.get(claim);
        if (value != null && !(value instanceof String)) {
            throw new UnknownActor("Your sign-in has a '" + claim + "' this service cannot read.", "claim-unreadable",
                    Map.of("claim", claim));
        }
        return (String) value;
    }

    /** A claim that should be a list of strings; anything else (a number, an object) counts as unreadable. */
    private static List<String> listClaim(Jwt token, String claim) {
        try {
            return token.getClaimAsStringList(claim);
        } catch (RuntimeException notAList) {
            throw new UnknownActor("Your sign-in has a '" + claim + "' this service cannot read.", "claim-unreadable",
                    Map.of("claim", claim));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
