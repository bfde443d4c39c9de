package nl.schoolboard.sexting.notification.delivery;

/**
 * A channel's transport did not accept a message (mail server down, refused, timed out). Worth another try. It
 * carries the {@link FailureReason} only, and no cause: the transport's own exception may quote an address or a line
 * of the message, and this exception travels on into logs and dead-letter headers.
 */
public class SendFailed extends RuntimeException {

    private final FailureReason reason;

    public SendFailed(FailureReason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
