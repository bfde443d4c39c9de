package nl.schoolboard.sexting.notification.delivery;

/** A channel's transport did not accept a message (mail server down, refused, timed out). Worth another try. */
public class SendFailed extends RuntimeException {

    public SendFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
