package nl.schoolboard.sexting.notification.audit;

/** The read could not be recorded for the audit trail, so it is not served (503). */
public class ReadNotRecorded extends RuntimeException {

    public ReadNotRecorded(Throwable cause) {
        super("The read could not be recorded for the audit trail, so it is not served. Try again in a moment.",
                cause);
    }
}
