package nl.schoolboard.sexting.notification.digest;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link DigestSender#sendDueQuietly} every {@code notification.digest.poll-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DigestSchedule {
}
