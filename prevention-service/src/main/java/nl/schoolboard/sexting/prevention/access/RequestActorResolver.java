package nl.schoolboard.sexting.prevention.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Finds out who makes a request, from the claims of their access token (checked by Spring Security before this):
 * {@code sub}, {@code board}, {@code schools} and {@code roles}. Someone with several roles chooses the one they act
 * in with the header {@code X-Acting-Role}; it must be one of theirs (else 403), and without it the first role of
 * the token is used. Nothing a caller sends besides the token is believed about who they are.
 */
@Component
public class RequestActorResolver {

    public static final String ACTING_ROLE_HEADER = "X-Acting-Role";

    public RequestActor resolve(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
            throw new UnknownActor("Sign in first: the request carries no valid access token.");
        }
        String board = token.getClaimAsString("board");
        List<String> roles = stringList(token, "roles");
        if (isBlank(token.getSubject()) || isBlank(board) || roles == null || roles.isEmpty()) {
            throw new UnknownActor("Your sign-in does not say who you are, for which school board, in which role.");
        }
        return new RequestActor(token.getSubject(), actingRole(roles, request.getHeader(ACTING_ROLE_HEADER)), board,
                stringList(token, "schools"));
    }

    private static StaffRole actingRole(List<String> roles, String chosen) {
        String role = chosen == null || chosen.isBlank() ? roles.get(0) : chosen.trim().toUpperCase(Locale.ROOT);
        if (!roles.contains(role)) {
            throw new NotAllowedForRole("You cannot act as " + role + ": it is not one of your roles.");
        }
        try {
            return StaffRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new UnknownActor("'" + role + "' is not a role in this system.");
        }
    }

    /** A claim that should be a list of strings; anything else (a number, an object) counts as absent. */
    private static List<String> stringList(Jwt token, String claim) {
        try {
            return token.getClaimAsStringList(claim);
        } catch (RuntimeException notAList) {
            throw new UnknownActor("Your sign-in has a '" + claim + "' this service cannot read.");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
