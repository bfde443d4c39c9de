package nl.schoolboard.sexting.platform.identity;

import jakarta.servlet.http.HttpServletRequest;
import nl.schoolboard.sexting.platform.tracing.TraceIds;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Finds out who makes a request, from the claims of their access token (checked by Spring Security before this),
 * read through the board's {@link ClaimMapping}: by default {@code sub}, {@code board}, {@code schools} and
 * {@code roles}. Someone with several roles chooses the one they act in with the header {@value #ACTING_ROLE_HEADER};
 * it must be one of theirs (else 403), and without it the first role of the token is used. The board is the token's,
 * never a header's or a path's.
 * <p>
 * Claims are read strictly: a claim of the wrong shape (a list where a string belongs, a number where a list does)
 * is a token this service cannot read (401), never a 500 and never a guess.
 */
public class RequestActorResolver {

    public static final String ACTING_ROLE_HEADER = "X-Acting-Role";

    private final ClaimMapping claims;

    /** With the claims of this project's own issuer. */
    public RequestActorResolver() {
        this(ClaimMapping.ownIssuer());
    }

    public RequestActorResolver(ClaimMapping claims) {
        this.claims = claims;
    }

    public RequestActor resolve(HttpServletRequest request) {
        return resolve(request.getHeader(ACTING_ROLE_HEADER));
    }

    /**
     * @param actingRole the {@value #ACTING_ROLE_HEADER} header, or {@code null}
     * @throws UnknownActor      when there is no verified token, or it does not say who, for which board, in which role
     * @throws NotAllowedForRole when the chosen role is not one of the caller's, or the board's mapping gives them none
     */
    public RequestActor resolve(String actingRole) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
            throw new UnknownActor("Sign in first: the request carries no valid access token.");
        }
        StaffIdentity caller = claims.identify(token.getClaims());
        return new RequestActor(caller.userId(), caller.actingAs(actingRole), caller.boardId(), caller.schools(),
                TraceIds.currentOrNew());
    }
}
