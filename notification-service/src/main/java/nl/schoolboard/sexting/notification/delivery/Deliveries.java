package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.contracts.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Delivers notices, idempotently per (case event id, recipient).
 *
 * <p>Algorithm, per notice: insert the delivery {@code PENDING} with id {@code <eventId>:<recipient>}; send it; mark
 * it {@code SENT}; publish {@code NotificationSent}; note that the outcome was published.
 * <ul>
 *   <li><b>Duplicate</b> (the same case event delivered again: Kafka redelivery, a replay, a relay that published
 *       twice): the insert hits the existing id. If that delivery is {@code SENT}, nothing is sent again (only an
 *       outcome that was never published is published now). If it is {@code PENDING} or {@code FAILED}, it is tried
 *       again, counting {@code attempts} on.</li>
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
 *       SMTP gives no way to make the send and the mark one atomic step, so this is the price of losing nothing.</li>
 *   <li><b>Crash between mark and publish</b>: the delivery is {@code SENT} without {@code outcomePublishedAt}; the
 *       redelivered record publishes the outcome without mailing again. Outcome ids are derived from the delivery,
 *       so a repeated outcome carries the same event id.</li>
 * </ul>
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryLog deliveryLog;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryOutcomes outcomes;

    public Deliveries(DeliveryLog deliveryLog, List<ChannelSender> senders, DeliveryOutcomes outcomes) {
        this.deliveryLog = deliveryLog;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.outcomes = outcomes;
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
                deliver(event, notice);
            } catch (SendFailed e) {
                failed.add(Delivery.idOf(event.eventId(), notice.recipient()));
                lastFailure = e;
            }
        }
        if (!failed.isEmpty()) {
            throw new DeliveryFailed(failed, lastFailure);
        }
    }

    private void deliver(CaseEvent event, Notice notice) {
        Delivery delivery = deliveryLog.open(event, notice);
        if (delivery.status() == DeliveryStatus.SENT) {
            log.info("{} for case {} was already sent to {} by {}; not sending again",
                    event.type(), event.caseId(), delivery.recipientKind(), delivery.channel());
            if (delivery.outcomePublishedAt() == null) {
                publishSent(delivery);
            }
            return;
        }
        Delivery attempt = deliveryLog.startAttempt(delivery.id()).orElse(null);
        if (attempt == null) {
            log.info("{} for case {} was sent to {} meanwhile", event.type(), event.caseId(), delivery.recipientKind());
            return;
        }
        try {
            sender(notice.channel()).send(notice.recipient(), notice.message());
        } catch (RuntimeException e) {
            SendFailed failure = e instanceof SendFailed sendFailed ? sendFailed
                    : new SendFailed(notice.channel() + " could not send: " + e.getMessage(), e);
            deliveryLog.recordFailedAttempt(attempt.id(), failure.getMessage());
            log.warn("{} for case {} could not be sent to {} by {} (try {}): {}", event.type(), event.caseId(),
                    attempt.recipientKind(), attempt.channel(), attempt.attempts(), failure.getMessage());
            throw failure;
        }
        Delivery sent = deliveryLog.markSent(attempt.id());
        log.info("{} for case {} sent to {} by {} (try {})", event.type(), event.caseId(), sent.recipientKind(),
                sent.channel(), sent.attempts());
        publishSent(sent);
    }

    private void publishSent(Delivery sent) {
        outcomes.sent(sent);
        deliveryLog.markOutcomePublished(sent.id());
    }

    /**
     * Called when the retries of a record are used up: the named deliveries turn {@code FAILED} (unless they were
     * sent after all) and {@code NotificationFailed} is published for each.
     */
    public void giveUp(Collection<String> deliveryIds) {
        for (String id : deliveryIds) {
            deliveryLog.markFailed(id).ifPresent(failed -> {
                log.error("{} for case {} to {} by {} given up after {} tries: {}", failed.eventType(),
                        failed.caseId(), failed.recipientKind(), failed.channel(), failed.attempts(),
                        failed.lastError());
                outcomes.failed(failed);
                deliveryLog.markOutcomePublished(id);
            });
        }
    }

    public List<Delivery> forCase(String caseId) {
        return deliveryLog.forCase(caseId);
    }

    private ChannelSender sender(Channel channel) {
        ChannelSender sender = senders.get(channel);
        if (sender == null) {
            throw new IllegalStateException("no sender for channel " + channel);
        }
        return sender;
    }
}
