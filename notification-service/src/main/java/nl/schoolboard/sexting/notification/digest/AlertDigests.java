package nl.schoolboard.sexting.notification.digest;

import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.AlertBundling;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Repeated alerts about one case to one person within a window are merged, not stacked: the first goes out at once
 * and opens a window ({@code notification.digest.window}, 10 minutes by default); alerts to the same address about
 * the same case while it is open are added to the window's digest, which {@link DigestSender} sends once the window
 * has closed. An alert after that goes out at once again and opens the next window.
 *
 * <p>Everything is in MongoDB (see {@link DigestStore}), nothing only in memory: a restart loses no merged alert, and
 * any instance may send a digest. An alert redelivered after a crash is recognised: the one that opened the window
 * still goes out on its own (the window names it), and one already in the digest is not added twice. When in doubt
 * (the window keeps changing under us), the alert goes out on its own: one mail too many rather than one too few.
 */
@Component
record AlertDigests(DigestStore store, Clock clock, Duration window) implements AlertBundling {

    private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);
    private static final int ROUNDS = 3;

    @Autowired
    AlertDigests(DigestStore store, Clock clock, NotificationProperties properties) {
        this(store, clock, properties.digest().window());
    }

    @Override
    public Optional<String> mergeIntoDigest(Delivery delivery, Notice notice) {
        if (delivery.recipient() == null || window.isZero() || window.isNegative()) {
            return Optional.empty();
        }
        String key = AlertWindow.keyOf(delivery.caseId(), delivery.recipient());
        for (int round = 0; round < ROUNDS; round++) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Optional<AlertWindow> open = store.openWindow(key, now);
            if (open.isPresent()) {
                AlertWindow current = open.get();
                if (current.firstDeliveryId().equals(delivery.id())) {
                    return Optional.empty();
                }
                PendingDigest digest = PendingDigest.start(current, delivery, notice.recipient());
                if (store.add(digest, DigestItem.of(delivery, notice))) {
                    return Optional.of(digest.id());
                }
            } else if (store.tryOpen(new AlertWindow(key, delivery.caseId(), delivery.recipient(), now,
                    now.plus(window), delivery.id()), now)) {
                return Optional.empty();
            }
        }
        log.warn("the digest window for case {} kept changing; the alert goes out on its own", delivery.caseId());
        return Optional.empty();
    }
}
