package nl.schoolboard.sexting.notification.access;

/**
 * Something in the path the caller has nothing to do with: a school of another board or one they do not work at,
 * someone else's inbox. Answered as 404, worded as if it were not there, so that nobody learns what others have.
 */
public class OutOfReach extends RuntimeException {

    /** What was asked for. */
    public enum Kind { SCHOOL_DIRECTORY, INBOX }

    private final Kind kind;

    OutOfReach(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
