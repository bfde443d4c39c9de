package nl.schoolboard.sexting.notification.delivery;

/** Hands a message to one channel's transport (SMTP for e-mail, MongoDB for the inbox). One per {@link Channel}. */
public interface ChannelSender {

    Channel channel();

    /**
     * Sends, or throws {@link SendFailed} when the transport did not take the message; a later try may succeed.
     * Returning normally means the transport accepted the message. Sending the same delivery twice must be
     * harmless where the transport allows it (the inbox keeps one item per delivery id).
     */
    void send(Delivery delivery, Notice notice);
}
