package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.notification.recipients.RecipientKind;

import java.time.Instant;

/** A delivery as the query API shows it: who in which role, how, and how it went; no address, no text. */
public record DeliveryView(
        String eventType,
        RecipientKind recipientKind,
        Channel channel,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        Instant failedAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.eventType(), delivery.recipientKind(), delivery.channel(), delivery.status(),
                delivery.attempts(), delivery.createdAt(), delivery.sentAt(), delivery.failedAt());
    }
}
