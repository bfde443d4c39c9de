package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * One case event told to one recipient: a document in {@value #COLLECTION}, id {@code <eventId>:<recipient>}, which
 * makes the delivery idempotent (see {@link Deliveries}). It records the recipient's address but never the text that
 * was sent.
 *
 * @param recipient          the address the channel used (an e-mail address for {@link Channel#EMAIL})
 * @param attempts           how many times sending was tried
 * @param lastError          why the last try failed, if it did
 * @param outcomePublishedAt when the current outcome (sent / failed) was published; {@code null} while it still has
 *                           to be
 */
@Document(Delivery.COLLECTION)
public record Delivery(
        @Id String id,
        String eventId,
        String eventType,
        String boardId,
        String schoolId,
        String caseId,
        RecipientKind recipientKind,
        String recipient,
        Channel channel,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        Instant failedAt,
        Instant outcomePublishedAt,
        String correlationId) {

    public static final String COLLECTION = "deliveries";

    public static String idOf(UUID eventId, Recipient recipient) {
        return eventId + ":" + recipient.address();
    }

    static Delivery pending(CaseEvent event, Notice notice, Instant now) {
        return new Delivery(idOf(event.eventId(), notice.recipient()), event.eventId().toString(), event.type(),
                event.boardId(), event.schoolId(), event.caseId(), notice.recipient().kind(),
                notice.recipient().address(), notice.channel(), DeliveryStatus.PENDING, 0, null, now, null, null,
                null, null, event.correlationId());
    }
}
