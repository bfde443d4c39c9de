package nl.schoolboard.sexting.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Events that notification-service publishes on {@link Topics#NOTIFICATION_EVENTS} (key = case id): what became of
 * one delivery. They say <em>that</em> someone of a kind was told, never <em>who</em> (no address, no name) and never
 * <em>what</em> (no message text), so any service may read them.
 */
public final class NotificationEvent {

    public static final String NOTIFICATION_SENT = "NotificationSent";
    public static final String NOTIFICATION_FAILED = "NotificationFailed";
    public static final int DELIVERY_RECORDED_VERSION = 1;

    private NotificationEvent() {
    }

    /**
     * The outcome of one delivery, schema version 1.
     *
     * @param eventId       unique per outcome; the same outcome published twice carries the same id, so readers can
     *                      drop the repeat
     * @param type          {@link #NOTIFICATION_SENT} or {@link #NOTIFICATION_FAILED}
     * @param occurredAt    when the mail was accepted by the mail server, or when sending was given up
     * @param sourceEventId the {@link CaseEvent#eventId()} that caused the delivery
     * @param channel       how: {@code EMAIL} (later also e.g. {@code INBOX})
     * @param recipientKind to what kind of recipient, e.g. {@code CARE_STAFF}; never an address or a name
     * @param correlationId the correlation id of the case event, for tracing
     * @param failure       for {@link #NOTIFICATION_FAILED}: why, as a code (e.g. {@code MAILBOX_UNAVAILABLE},
     *                      {@code NO_RECIPIENT}); never a mail server's words, which may quote an address or a name.
     *                      {@code null} for other outcomes and in events written before it existed
     */
    public record DeliveryRecorded(
            UUID eventId,
            String type,
            int schemaVersion,
            Instant occurredAt,
            String boardId,
            String schoolId,
            String caseId,
            UUID sourceEventId,
            String channel,
            String recipientKind,
            String correlationId,
            String failure) {
    }

    /** JSON as on the wire, written with the same mapper as case events. */
    public static byte[] write(DeliveryRecorded event) {
        try {
            return CaseEventJson.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notification event could not be written as JSON: " + event.type(), e);
        }
    }

    public static DeliveryRecorded read(byte[] json) {
        try {
            return CaseEventJson.mapper().readValue(json, DeliveryRecorded.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a notification event: " + e.getMessage(), e);
        }
    }
}
