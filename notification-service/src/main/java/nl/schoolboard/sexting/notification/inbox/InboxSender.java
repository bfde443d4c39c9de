package nl.schoolboard.sexting.notification.inbox;

import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.ChannelSender;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.FailureReason;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.delivery.SendFailed;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** The in-app inbox as a channel: delivering puts an item in the staff member's inbox, once per delivery. */
@Component
record InboxSender(InboxStore store) implements ChannelSender {

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    public void send(Delivery delivery, Notice notice) {
        try {
            store.put(new InboxItem(InboxItem.idOf(delivery.id()), delivery.id(), notice.recipient().ref(),
                    delivery.boardId(), delivery.schoolId(), delivery.caseId(), notice.kind(),
                    notice.message().subject(), notice.message().body(), notice.message().link(), null, null));
        } catch (DataAccessException e) {
            throw new SendFailed(FailureReason.INBOX_UNAVAILABLE);
        }
    }
}
