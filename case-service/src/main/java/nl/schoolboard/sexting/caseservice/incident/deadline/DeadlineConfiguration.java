package nl.schoolboard.sexting.caseservice.incident.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(DeadlineSettings.class)
class DeadlineConfiguration {
}
