package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.notification.recipients.Recipient;

/** Hands a message to one channel's transport (SMTP for e-mail). One implementation per {@link Channel}. */
public interface ChannelSender {

    Channel channel();

    /**
     * Sends, or throws {@link SendFailed} when the transport did not take the message; a later try may succeed.
     * Returning normally means the transport accepted the message.
     */
    void send(Recipient recipient, Message message);
}
