package nl.schoolboard.sexting.notification.digest;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs a {@link DigestSender} round every {@code notification.digest.poll-interval}, on one instance at a time
 * (ShedLock); the lease on each digest is what keeps a digest from going out twice all the same. Apart from the
 * sender, and a class, because ShedLock's lock is a proxy around {@link #sendDueQuietly}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final DigestSender sender;

    DigestSchedule(DigestSender sender) {
        this.sender = sender;
    }

    /** A round that fails is logged, and the next round tries again. */
    @Scheduled(fixedDelayString = "${notification.digest.poll-interval}")
    @SchedulerLock(name = "notification-digests", lockAtMostFor = "PT2M")
    public void sendDueQuietly() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            log.warn("sending due digests failed this round; the next round tries again: {}", e.toString());
        }
    }
}
