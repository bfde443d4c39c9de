package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.notification.recipients.Recipient;

import java.util.Objects;

/** One thing to tell one recipient over one channel, as decided by a notification rule. */
public record Notice(Recipient recipient, Channel channel, Message message) {

    public Notice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(message, "message");
    }
}
