package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.contracts.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers notices, idempotently per (case event id, recipient, channel).
 *
 * <p>Algorithm, per notice: insert the delivery {@code PENDING} with its deterministic id (see
 * {@link Delivery#idOf}); an alert may then be merged into a digest instead (below); otherwise send it, mark it
 * {@code SENT}, publish {@code NotificationSent}, and note that the outcome was published.
 * <ul>
 *   <li><b>Duplicate</b> (the same case event delivered again: Kafka redelivery, a replay, a relay that published
 *       twice): the insert hits the existing id. If that delivery is {@code SENT} or {@code MERGED}, nothing is sent
 *       again (only an outcome that was never published is published now). If it is {@code PENDING} or
 *       {@code FAILED}, it is tried again, counting {@code attempts} on.</li>
 *   <li><b>Alerts and digests</b>: before its first try, an alert (a new incident, an overdue step) is offered to
 *       {@link AlertBundling}. If the recipient was alerted about the same case a moment ago, it is merged into a
 *       digest, marked {@code MERGED} and published as merged; the digest goes out later as a delivery of its own
 *       ({@link #deliverPrepared}).</li>
 *   <li><b>Nobody to reach</b>: a notice for someone the directory has no e-mail address for is marked
 *       {@code FAILED} at once (no retry can help) and published as failed: visible, not silently left out.</li>
 *   <li><b>Retry</b>: a failed send records its reason, leaves the delivery {@code PENDING} and ends in
 *       {@link DeliveryFailed}, thrown out of the listener. The Kafka container then tries the whole record again with
 *       exponential back-off; notices already {@code SENT} are skipped as duplicates, so only the failed ones are
 *       tried. After the last try the container's recoverer calls {@link #giveUp}: the delivery turns {@code FAILED}
 *       (visible in the query API, published as {@code NotificationFailed}) and the record goes to the dead-letter
 *       topic, from which it can be replayed: {@code FAILED} deliveries are tried again then.</li>
 *   <li><b>Crash between send and mark</b> (process killed, MongoDB unreachable right after the mail server took the
 *       mail): the delivery is still {@code PENDING}, the Kafka offset was not committed, so the record comes again
 *       and the mail is sent again. This is at-least-once: in that window a recipient can get <em>one extra mail</em>
 *       (per crash); never none. The same holds if two consumers briefly handle the same record during a rebalance.
 *       SMTP gives no way to make the send and the mark one atomic step, so this is the price of losing nothing.
 *       (The inbox has no such window: its item id is derived from the delivery id.)</li>
 *   <li><b>Crash between mark and publish</b>: the delivery is {@code SENT} (or {@code MERGED}) without
 *       {@code outcomePublishedAt}; the redelivered record publishes the outcome without mailing again. Outcome ids
 *       are derived from the delivery, so a repeated outcome carries the same event id.</li>
 * </ul>
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryLog deliveryLog;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryOutcomes outcomes;
    private final AlertBundling bundling;

    @Autowired
    public Deliveries(DeliveryLog deliveryLog, List<ChannelSender> senders, DeliveryOutcomes outcomes,
                      AlertBundling bundling) {
        this.deliveryLog = deliveryLog;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.outcomes = outcomes;
        this.bundling = bundling;
    }

    /** Without digests: every alert goes out on its own. */
    public Deliveries(DeliveryLog deliveryLog, List<ChannelSender> senders, DeliveryOutcomes outcomes) {
        this(deliveryLog, senders, outcomes, AlertBundling.NEVER);
    }

    /**
     * Delivers every notice of one case event. All notices are tried, even when an earlier one fails, so that one
     * unreachable recipient does not hold up the others.
     *
     * @throws DeliveryFailed naming the deliveries that could not be sent this time
     */
    public void deliverAll(CaseEvent event, List<Notice> notices) {
        List<String> failed = new ArrayList<>();
        SendFailed lastFailure = null;
        for (Notice notice : notices) {
            try {
                deliver(deliveryLog.open(event, notice), notice);
            } catch (SendFailed e) {
                failed.add(Delivery.idOf(event.eventId(), notice.channel(), notice.recipient()));
                lastFailure = e;
            }
        }
        if (!failed.isEmpty()) {
            throw new DeliveryFailed(failed, lastFailure);
        }
    }

    /**
     * Delivers one notice that no single case event caused (a digest), with the same guarantees: a delivery with the
     * same id that was sent already is not sent again.
     *
     * @throws SendFailed when the channel did not take it this time; the delivery stays {@code PENDING}
     */
    public Delivery deliverPrepared(Delivery pending, Notice notice) {
        deliver(deliveryLog.open(pending), notice);
        return deliveryLog.find(pending.id()).orElseThrow();
    }

    private void deliver(Delivery delivery, Notice notice) {
        if (delivery.status() == DeliveryStatus.SENT || delivery.status() == DeliveryStatus.MERGED) {
            log.info("{} for case {} was already {} for {} by {}; not sending again", describe(delivery),
                    delivery.caseId(), delivery.status(), delivery.recipientKind(), delivery.channel());
            if (delivery.outcomePublishedAt() == null) {
                publish(delivery);
            }
            return;
        }
        if (!notice.reachable()) {
            failUnreachable(delivery, notice.unreachableReason());
            return;
        }
        if (notice.kind().isAlert() && delivery.status() == DeliveryStatus.PENDING && delivery.attempts() == 0) {
            Optional<String> digest = bundling.mergeIntoDigest(delivery, notice);
            if (digest.isPresent()) {
                deliveryLog.markMerged(delivery.id(), digest.get()).ifPresent(merged -> {
                    log.info("{} for case {} to {} merged into a digest", describe(merged), merged.caseId(),
                            merged.recipientKind());
                    publish(merged);
                });
                return;
            }
        }
        Delivery attempt = deliveryLog.startAttempt(delivery.id()).orElse(null);
        if (attempt == null) {
            log.info("{} for case {} was sent to {} meanwhile", describe(delivery), delivery.caseId(),
                    delivery.recipientKind());
            return;
        }
        try {
            sender(notice.channel()).send(attempt, notice);
        } catch (RuntimeException e) {
            // an unforeseen exception's message may quote anything: only its class is logged
            SendFailed failure = e instanceof SendFailed sendFailed ? sendFailed : new SendFailed(FailureReason.UNKNOWN);
            deliveryLog.recordFailedAttempt(attempt.id(), failure.reason());
            log.warn("{} {} for case {} could not be sent to {} by {} (try {}): {}{}", describe(attempt),
                    attempt.reference(), attempt.caseId(), attempt.recipientKind(), attempt.channel(),
                    attempt.attempts(), failure.reason(), e == failure ? "" : " (" + e.getClass().getName() + ")");
            throw failure;
        }
        Delivery sent = deliveryLog.markSent(attempt.id());
        log.info("{} for case {} sent to {} by {} (try {})", describe(sent), sent.caseId(), sent.recipientKind(),
                sent.channel(), sent.attempts());
        publish(sent);
    }

    private void failUnreachable(Delivery delivery, FailureReason reason) {
        if (delivery.status() == DeliveryStatus.FAILED && delivery.outcomePublishedAt() != null) {
            return;
        }
        deliveryLog.markUnreachable(delivery.id(), reason).ifPresent(failed -> {
            if (reason == FailureReason.NO_RECIPIENT) {
                // the board has no fallback mailbox and the school lists nobody to alert: someone must act
                log.error("ALARM {} {} for case {}: {}: the school lists no school leader or care coordinator and "
                                + "board {} has no fallback mailbox; nobody was told", describe(failed),
                        failed.reference(), failed.caseId(), reason, failed.boardId());
            } else {
                log.warn("{} {} for case {}: {}: no {} address for a {} in the contact directory; recorded as failed",
                        describe(failed), failed.reference(), failed.caseId(), reason, failed.channel(),
                        failed.recipientKind());
            }
            publish(failed);
        });
    }

    private void publish(Delivery delivery) {
        switch (delivery.status()) {
            case SENT -> outcomes.sent(delivery);
            case MERGED -> outcomes.merged(delivery);
            case FAILED -> outcomes.failed(delivery);
            case PENDING -> throw new IllegalStateException("a pending delivery has no outcome yet");
        }
        deliveryLog.markOutcomePublished(delivery.id());
    }

    /**
     * Called when the retries of a record (or of a digest) are used up: the named deliveries turn {@code FAILED}
     * (unless they were sent after all) and {@code NotificationFailed} is published for each.
     */
    public void giveUp(Collection<String> deliveryIds) {
        for (String id : deliveryIds) {
            deliveryLog.markFailed(id).ifPresent(failed -> {
                log.error("{} {} for case {} to {} by {} given up after {} tries: {}", describe(failed),
                        failed.reference(), failed.caseId(), failed.recipientKind(), failed.channel(),
                        failed.attempts(), failed.failureReason());
                publish(failed);
            });
        }
    }

    public List<Delivery> forCase(String caseId) {
        return deliveryLog.forCase(caseId);
    }

    private static String describe(Delivery delivery) {
        return delivery.eventType() != null ? delivery.eventType() : String.valueOf(delivery.messageKind());
    }

    private ChannelSender sender(Channel channel) {
        ChannelSender sender = senders.get(channel);
        if (sender == null) {
            throw new IllegalStateException("no sender for channel " + channel);
        }
        return sender;
    }
}
