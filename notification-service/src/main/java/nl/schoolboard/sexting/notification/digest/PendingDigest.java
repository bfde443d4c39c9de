package nl.schoolboard.sexting.notification.digest;

import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The alerts merged in one window, to be sent together when the window closes; a document in {@value #COLLECTION},
 * id {@code <window id>|<window opening in epoch millis>}.
 *
 * @param sealed     set when a sender takes it up: no alert is added after that (a later alert opens a new window)
 * @param claims     how many times a sender took it up (its tries)
 * @param leaseUntil until when the sender that took it up has it; after that another may try again
 */
@Document(PendingDigest.COLLECTION)
public record PendingDigest(
        @Id String id,
        String boardId,
        String schoolId,
        String caseId,
        RecipientKind recipientKind,
        String recipientRef,
        String recipient,
        Language language,
        Instant opensAt,
        Instant closesAt,
        boolean sealed,
        DigestStatus status,
        int claims,
        Instant leaseUntil,
        List<DigestItem> items,
        String correlationId,
        Instant sentAt,
        Instant failedAt) {

    public static final String COLLECTION = "alert_digests";

    public static String idOf(AlertWindow window) {
        return window.id() + "|" + window.opensAt().toEpochMilli();
    }

    /** The digest of {@code window} as it starts, with the recipient and case of the alert that is merged first. */
    static PendingDigest start(AlertWindow window, Delivery merged, Recipient recipient) {
        return new PendingDigest(idOf(window), merged.boardId(), merged.schoolId(), merged.caseId(), recipient.kind(),
                recipient.ref(), recipient.address(), recipient.language(), window.opensAt(), window.closesAt(), false,
                DigestStatus.PENDING, 0, window.opensAt(), List.of(), merged.correlationId(), null, null);
    }

    Recipient recipientOf() {
        return new Recipient(recipientKind, recipientRef, recipient, language);
    }

    /** The id of the delivery that sends this digest. */
    String deliveryId() {
        return "digest:" + id;
    }
}
