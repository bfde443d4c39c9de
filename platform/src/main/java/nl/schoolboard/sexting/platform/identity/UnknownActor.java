package nl.schoolboard.sexting.platform.identity;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.util.Map;

/**
 * A request whose token does not say who makes it, for which board, in which role (401). The message is for logs;
 * the caller reads the catalogue's words for {@link #code()}: by default {@value #UNAUTHENTICATED}.
 */
public class UnknownActor extends CodedException {

    public static final String UNAUTHENTICATED = "unauthenticated";

    public UnknownActor(String message) {
        this(message, UNAUTHENTICATED, Map.of());
    }

    public UnknownActor(String message, String code, Map<String, ?> params) {
        super(message, code, params);
    }
}
