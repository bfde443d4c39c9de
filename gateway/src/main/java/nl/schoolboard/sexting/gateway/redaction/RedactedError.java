package nl.schoolboard.sexting.gateway.redaction;

/**
 * A stand-in for an exception, to log: the same stack trace and causes, each message passed through
 * {@link FeedTokenRedaction} and preceded by the original class name (a log shows this class's name first).
 * Framework exceptions quote the request's address in their message now and then (a missing resource, a failed
 * route), and a stack trace is logged whole.
 */
public final class RedactedError extends RuntimeException {

    /** Deeper cause chains are cut off: a log needs the first few, and a cycle must not recurse forever. */
    private static final int MAX_DEPTH = 16;

    private RedactedError(Throwable original, int depth) {
        super(describe(original), causeOf(original, depth), true, true);
        setStackTrace(original.getStackTrace());
        if (depth < MAX_DEPTH) {
            for (Throwable suppressed : original.getSuppressed()) {
                addSuppressed(new RedactedError(suppressed, depth + 1));
            }
        }
    }

    public static RedactedError of(Throwable original) {
        return new RedactedError(original, 0);
    }

    private static String describe(Throwable original) {
        String message = FeedTokenRedaction.redact(original.getMessage());
        return original.getClass().getName() + (message == null ? "" : ": " + message);
    }

    private static Throwable causeOf(Throwable original, int depth) {
        Throwable cause = original.getCause();
        return cause == null || cause == original || depth >= MAX_DEPTH ? null : new RedactedError(cause, depth + 1);
    }
}
