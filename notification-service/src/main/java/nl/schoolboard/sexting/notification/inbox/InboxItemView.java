package nl.schoolboard.sexting.notification.inbox;

import nl.schoolboard.sexting.notification.delivery.MessageKind;

import java.time.Instant;

/** An inbox item as its owner sees it. */
record InboxItemView(
        String itemId,
        String caseId,
        MessageKind kind,
        String subject,
        String body,
        String link,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    static InboxItemView of(InboxItem item) {
        return new InboxItemView(item.id(), item.caseId(), item.kind(), item.subject(), item.body(), item.link(),
                item.createdAt(), item.isRead(), item.readAt());
    }
}
