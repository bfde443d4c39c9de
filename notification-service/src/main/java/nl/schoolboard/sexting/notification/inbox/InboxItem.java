package nl.schoolboard.sexting.notification.inbox;

import nl.schoolboard.sexting.notification.delivery.MessageKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One message in a staff member's in-app inbox; a document in {@value #COLLECTION}. Its id is derived from the
 * delivery that put it there, so delivering the same notice again finds the item instead of adding a second one.
 *
 * @param readAt when the staff member marked it read; {@code null} while unread
 */
@Document(InboxItem.COLLECTION)
public record InboxItem(
        @Id String id,
        String deliveryId,
        String staffRef,
        String boardId,
        String schoolId,
        String caseId,
        MessageKind kind,
        String subject,
        String body,
        String link,
        Instant createdAt,
        Instant readAt) {

    public static final String COLLECTION = "inbox_items";

    static String idOf(String deliveryId) {
        return UUID.nameUUIDFromBytes(deliveryId.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean isRead() {
        return readAt != null;
    }
}
