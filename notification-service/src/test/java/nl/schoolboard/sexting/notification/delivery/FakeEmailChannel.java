package nl.schoolboard.sexting.notification.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An e-mail channel that sends nothing: it records to whom and what, and refuses when told to. */
public final class FakeEmailChannel implements ChannelSender {

    public final List<String> sent = new ArrayList<>();
    public final List<Message> messages = new ArrayList<>();
    /** Addresses the "server" refuses. */
    public final Set<String> failFor = new HashSet<>();
    /** Refuses every address while set. */
    public boolean refuse;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery, Notice notice) {
        if (refuse || failFor.contains(notice.recipient().address())) {
            throw new SendFailed(FailureReason.SERVER_UNREACHABLE);
        }
        sent.add(notice.recipient().address());
        messages.add(notice.message());
    }
}
