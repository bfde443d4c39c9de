package nl.schoolboard.sexting.prevention.planning.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link PlanningJobs} unless {@code prevention.jobs.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "prevention.jobs.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
