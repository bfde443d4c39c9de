package nl.schoolboard.sexting.platform.identity;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.util.Map;

/**
 * The caller is who they say, but their role does not allow this (403). The message is for logs; the caller reads
 * the catalogue's words for {@link #code()} with {@link #params()}: by default {@value #NOT_FOR_YOUR_ROLE}.
 */
public class NotAllowedForRole extends CodedException {

    public static final String NOT_FOR_YOUR_ROLE = "not-for-your-role";

    public NotAllowedForRole(String message) {
        this(message, NOT_FOR_YOUR_ROLE, Map.of());
    }

    /** A refusal with its own words: {@code code} names them in the service's catalogue. */
    public NotAllowedForRole(String message, String code, Map<String, ?> params) {
        super(message, code, params);
    }

    /** The caller's role does not allow this; the words name the role. */
    public static NotAllowedForRole forRole(StaffRole role, String message) {
        return new NotAllowedForRole(message, NOT_FOR_YOUR_ROLE, Map.of("role", role));
    }
}
