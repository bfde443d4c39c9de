package nl.schoolboard.sexting.platform.identity;

import java.util.Map;

/**
 * A request whose token does not say who makes it, for which board, in which role (401). The message is for logs;
 * the caller reads the catalogue's words for {@link #code()}: by default {@value #UNAUTHENTICATED}.
 */
public class UnknownActor extends RuntimeException {

    public static final String UNAUTHENTICATED = "unauthenticated";

    private final String code;
    private final Map<String, ?> params;

    public UnknownActor(String message) {
        this(message, UNAUTHENTICATED, Map.of());
    }

    public UnknownActor(String message, String code, Map<String, ?> params) {
        super(message);
        this.code = code;
        this.params = Map.copyOf(params);
    }

    public String code() {
        return code;
    }

    public Map<String, ?> params() {
        return params;
    }
}
