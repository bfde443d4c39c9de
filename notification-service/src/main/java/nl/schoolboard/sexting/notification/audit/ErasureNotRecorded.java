package nl.schoolboard.sexting.notification.audit;

/** The erasure could not be recorded for the audit trail, so nothing was erased (503). */
public class ErasureNotRecorded extends RuntimeException {

    public ErasureNotRecorded(Throwable cause) {
        super("The erasure could not be recorded for the audit trail, so nothing was erased. Try again in a moment.",
                cause);
    }
}
