package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;

import java.util.Objects;

/** One thing to tell one recipient over one channel, as decided by a notification rule. */
public record Notice(Recipient recipient, Channel channel, MessageKind kind, Message message) {

    public Notice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "message kind");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the channel can reach the recipient at all: e-mail needs an address, the inbox a staff reference. */
    public boolean reachable() {
        return switch (channel) {
            case EMAIL -> recipient.hasAddress();
            case INBOX -> recipient.ref() != null;
        };
    }

    /**
     * Why a notice that is not {@link #reachable()} fails: {@link FailureReason#NO_RECIPIENT} for the fallback
     * mailbox a board does not have, {@link FailureReason#NO_ADDRESS} for someone the directory lists without one.
     */
    public FailureReason unreachableReason() {
        return recipient.kind() == RecipientKind.CARE_STAFF ? FailureReason.NO_RECIPIENT : FailureReason.NO_ADDRESS;
    }
}
