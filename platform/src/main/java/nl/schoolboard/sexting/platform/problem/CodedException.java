package nl.schoolboard.sexting.platform.problem;

import java.util.Map;

/**
 * An exception whose answer is worded by the catalogue: {@link #code()} names the words, {@link #params()} fill them
 * in ({@link Problems#coded}). The message is for logs only.
 */
public abstract class CodedException extends RuntimeException {

    private final String code;
    private final Map<String, ?> params;

    protected CodedException(String message, String code, Map<String, ?> params) {
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
