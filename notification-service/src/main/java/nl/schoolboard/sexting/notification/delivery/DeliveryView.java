package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.notification.recipients.RecipientKind;

import java.time.Instant;

/**
 * A delivery as the query API shows it: who (role and reference, never an address), what kind of message, how, how
 * it went and when; never the text.
 *
 * @param recipientRef a staff reference, {@code guardians of <pupil ref>}, or {@code null} for the configured
 *                     care-staff address
 * @param at           when it reached its current status (sent, failed, merged; for a pending one its last try)
 */
public record DeliveryView(
        String eventType,
        MessageKind messageKind,
        RecipientKind recipientKind,
        String recipientRef,
        Channel channel,
        DeliveryStatus status,
        Instant at,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        Instant failedAt,
        Instant mergedAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.eventType(), delivery.messageKind(), delivery.recipientKind(),
                delivery.recipientRef(), delivery.channel(), delivery.status(), delivery.statusAt(),
                delivery.attempts(), delivery.createdAt(), delivery.sentAt(), delivery.failedAt(), delivery.mergedAt());
    }
}
