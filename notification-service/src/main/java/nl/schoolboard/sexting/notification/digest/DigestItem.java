package nl.schoolboard.sexting.notification.digest;

import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.Notice;

import java.time.Instant;

/**
 * One merged alert in a digest: which delivery, when it came in, and the subject line it would have had (no names,
 * no details: the same words the alert mail itself would have used). Built from the stored delivery only, so adding
 * the same alert again is recognised as the same item.
 */
public record DigestItem(String deliveryId, String eventId, String eventType, Instant at, String subject) {

    static DigestItem of(Delivery delivery, Notice notice) {
        return new DigestItem(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.createdAt(),
                notice.message().subject());
    }
}
