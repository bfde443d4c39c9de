package nl.schoolboard.sexting.caseservice.actor;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/**
 * Finds out who makes a request.
 *
 * <p>Walking-skeleton stage: the identity comes from the headers {@code X-Actor-Id}, {@code X-Actor-Role} and
 * {@code X-Board-Id}, trusted as given. This is the one seam the identity work (OIDC access tokens validated in
 * every service) replaces: until then, the service must not be reachable other than through the gateway.</p>
 */
@Component
public class RequestActorResolver {

    public static final String ACTOR_ID_HEADER = "X-Actor-Id";
    public static final String ACTOR_ROLE_HEADER = "X-Actor-Role";
    public static final String BOARD_ID_HEADER = "X-Board-Id";
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

    public RequestActor resolve(HttpServletRequest request) {
        String userId = request.getHeader(ACTOR_ID_HEADER);
        String role = request.getHeader(ACTOR_ROLE_HEADER);
        String board = request.getHeader(BOARD_ID_HEADER);
        if (isBlank(userId) || isBlank(role) || isBlank(board)) {
            throw new UnknownActor("Sign in first: the request does not say who you are, in which role, for which school board.");
        }
        StaffRole staffRole;
        try {
            staffRole = StaffRole.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownActor("'" + role + "' is not a role in this system.");
        }
        return new RequestActor(userId.trim(), staffRole, board.trim(), correlationId(request));
    }

    private static String correlationId(HttpServletRequest request) {
        String fromMdc = MDC.get("correlationId");
        if (!isBlank(fromMdc)) {
            return fromMdc;
        }
        String header = request.getHeader(CORRELATION_ID_HEADER);
        return isBlank(header) ? UUID.randomUUID().toString() : header;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
