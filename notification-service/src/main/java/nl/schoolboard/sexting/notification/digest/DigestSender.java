package nl.schoolboard.sexting.notification.digest;

import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Deliveries;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.delivery.SendFailed;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends the digests whose window has closed, read from MongoDB each round (so a restart, or another instance, picks up
 * where this one stopped). A digest is one delivery of its own (id {@code digest:<digest id>}, kind
 * {@link MessageKind#ALERT_DIGEST}) with the same guarantees as any other: sent once, published, and after
 * {@code notification.retry.max-attempts} failed tries (spaced by the retry back-off, at least the lease apart)
 * {@code FAILED} and published as failed.
 *
 * <p>Crash windows: taken up but not sent — the lease ends and it is tried again; sent but the delivery not yet
 * marked — sent once more (the same at-least-once window as every mail); delivery marked but the digest not — the
 * next round finds the delivery sent and only marks the digest.
 */
@Component
record DigestSender(DigestStore store, Deliveries deliveries, MessageTemplates templates, CaseLinks links,
                    Clock clock, Duration lease, NotificationProperties.Retry retry) {

    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
    private static final int BATCH = 50;

    @Autowired
    DigestSender(DigestStore store, Deliveries deliveries, MessageTemplates templates, CaseLinks links,
                 Clock clock, NotificationProperties properties) {
        this(store, deliveries, templates, links, clock, properties.digest().lease(), properties.retry());
    }

    /** Sends every digest that is due now; returns how many were taken up. */
    int sendDue() {
        int taken = 0;
        while (taken < BATCH) {
            Instant now = now();
            Optional<PendingDigest> due = store.claimDue(now, now.plus(lease));
            if (due.isEmpty()) {
                break;
            }
            taken++;
            send(due.get());
        }
        return taken;
    }

    private void send(PendingDigest digest) {
        if (digest.items() == null || digest.items().isEmpty()) {
            store.markSent(digest.id(), now());
            return;
        }
        Notice notice = notice(digest);
        Delivery pending = Delivery.pending(digest.deliveryId(), UUID.fromString(digest.items().get(0).eventId()),
                digest.boardId(), digest.schoolId(), digest.caseId(), notice, digest.correlationId());
        try {
            deliveries.deliverPrepared(pending, notice);
            store.markSent(digest.id(), now());
            // sent by the scheduler in a trace of its own: the trace id of the first alert ties it to that report
            log.info("digest of {} alert(s) for case {} sent to {} (first alert's trace {})", digest.items().size(),
                    digest.caseId(), digest.recipientKind(), digest.correlationId());
        } catch (SendFailed e) {
            if (digest.claims() >= retry.maxAttempts()) {
                deliveries.giveUp(List.of(pending.id()));
                store.markFailed(digest.id(), now());
            } else {
                Duration wait = retry.backOffAfter(digest.claims());
                store.postpone(digest.id(), now().plus(wait.compareTo(lease) > 0 ? wait : lease));
            }
        } catch (RuntimeException e) {
            log.warn("digest for case {} could not be handled; tried again when its lease ends: {}",
                    digest.caseId(), e.toString());
        }
    }

    private Notice notice(PendingDigest digest) {
        Recipient recipient = digest.recipientOf();
        Locale locale = recipient.locale();
        String items = digest.items().stream()
                .sorted(Comparator.comparing(DigestItem::at))
                .map(item -> "- " + templates.moment(item.at(), locale) + ": " + item.subject())
                .collect(Collectors.joining("\n"));
        String caseLink = links.toCase(digest.caseId());
        RenderedTemplate text = templates.render(MessageKind.ALERT_DIGEST.template(), locale, Map.of(
                "count", Integer.toString(digest.items().size()),
                "since", templates.moment(digest.opensAt(), locale),
                "items", items,
                "caseLink", caseLink));
        return new Notice(recipient, Channel.EMAIL, MessageKind.ALERT_DIGEST,
                new Message(text.subject(), text.body(), caseLink));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
