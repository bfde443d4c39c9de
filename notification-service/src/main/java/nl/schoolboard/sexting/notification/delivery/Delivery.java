package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One case event told to one recipient over one channel: a document in {@value #COLLECTION} whose id (see
 * {@link #idOf(UUID, Channel, Recipient)}) makes the delivery idempotent (see {@link Deliveries}). It records who
 * was told, how and when, but never the text that was sent.
 *
 * @param eventType          the case event's type; {@code null} for a digest, which stands for several
 * @param recipientRef       staff reference, {@code guardians of <pupil ref>}, or {@code null} for the configured
 *                           care-staff address
 * @param recipient          the address the channel used (an e-mail address, or the staff reference for the inbox);
 *                           {@code null} when the directory had none
 * @param attempts           how many times sending was tried
 * @param lastError          why the last try failed, if it did: a {@link FailureReason} code (deliveries recorded
 *                           before codes may hold a sentence, or {@value DeliveryLog#ERASED})
 * @param mergedAt           when the alert was merged into the digest {@code digestId} instead of being sent
 * @param outcomePublishedAt when the current outcome (sent / failed / merged) was published; {@code null} while it
 *                           still has to be
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
        String recipientRef,
        String recipient,
        Channel channel,
        MessageKind messageKind,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        Instant failedAt,
        Instant mergedAt,
        String digestId,
        Instant outcomePublishedAt,
        String correlationId) {

    public static final String COLLECTION = "deliveries";

    /** The id of an e-mail to {@code recipient}'s address about one event (the form the walking skeleton used). */
    public static String idOf(UUID eventId, Recipient recipient) {
        return idOf(eventId, Channel.EMAIL, recipient);
    }

    /**
     * {@code <eventId>:<e-mail address>} for an e-mail; {@code <eventId>:<CHANNEL>:<ref>} for the inbox and for an
     * e-mail to someone the directory has no address for. One event is told to one recipient once per channel.
     */
    public static String idOf(UUID eventId, Channel channel, Recipient recipient) {
        if (channel == Channel.EMAIL && recipient.hasAddress()) {
            return eventId + ":" + recipient.address();
        }
        return eventId + ":" + channel + ":" + recipient.ref();
    }

    /**
     * Why the last try failed, as a code; {@link FailureReason#UNKNOWN} for what a delivery recorded before codes (a
     * sentence that must not go on) or after an erasure, {@code null} when no try failed.
     */
    public FailureReason failureReason() {
        if (lastError == null) {
            return null;
        }
        try {
            return FailureReason.valueOf(lastError);
        } catch (IllegalArgumentException notACode) {
            return FailureReason.UNKNOWN;
        }
    }

    /**
     * How log lines name this delivery: its id, unless the id holds an e-mail address (see {@link #idOf}); then the
     * event id, the channel and a short hash of the id, enough to tell two deliveries of one event apart without
     * writing the address into the log.
     */
    public String reference() {
        if (id == null || !id.contains("@")) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return eventId + ":" + channel + ":#" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static Delivery pending(CaseEvent event, Notice notice, Instant now) {
        Recipient recipient = notice.recipient();
        String address = notice.channel() == Channel.INBOX ? recipient.ref() : recipient.address();
        return new Delivery(idOf(event.eventId(), notice.channel(), recipient), event.eventId().toString(),
                event.type(), event.boardId(), event.schoolId(), event.caseId(), recipient.kind(), recipient.ref(),
                address, notice.channel(), notice.kind(), DeliveryStatus.PENDING, 0, null, now, null, null, null, null,
                null, null, event.correlationId());
    }

    /**
     * A delivery that no single case event caused (a digest): the caller gives its id and the event id it is
     * published under.
     */
    public static Delivery pending(String id, UUID sourceEventId, String boardId, String schoolId, String caseId,
                                   Notice notice, String correlationId) {
        Recipient recipient = notice.recipient();
        return new Delivery(id, sourceEventId.toString(), null, boardId, schoolId, caseId, recipient.kind(),
                recipient.ref(), recipient.address(), notice.channel(), notice.kind(), DeliveryStatus.PENDING, 0, null,
                null, null, null, null, null, null, null, correlationId);
    }

    Delivery withCreatedAt(Instant now) {
        return new Delivery(id, eventId, eventType, boardId, schoolId, caseId, recipientKind, recipientRef, recipient,
                channel, messageKind, status, attempts, lastError, now, lastAttemptAt, sentAt, failedAt, mergedAt,
                digestId, outcomePublishedAt, correlationId);
    }

    /** When it reached its current status. */
    public Instant statusAt() {
        return switch (status) {
            case SENT -> sentAt;
            case FAILED -> failedAt;
            case MERGED -> mergedAt;
            case PENDING -> lastAttemptAt != null ? lastAttemptAt : createdAt;
        };
    }
}
