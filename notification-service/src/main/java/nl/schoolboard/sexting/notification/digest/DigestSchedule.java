package nl.schoolboard.sexting.notification.digest;

import nl.schoolboard.sexting.notification.NotificationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs {@link DigestSender} every {@code notification.digest.poll-interval}. */
@Configuration
@EnableScheduling
class DigestSchedule implements SchedulingConfigurer {

    private final DigestSender sender;
    private final NotificationProperties properties;

    DigestSchedule(DigestSender sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(sender::sendDueQuietly, properties.digest().pollInterval());
    }
}
