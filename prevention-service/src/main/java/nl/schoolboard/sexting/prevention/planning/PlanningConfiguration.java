package nl.schoolboard.sexting.prevention.planning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the planning feature; the classes beside it stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean
    SchoolDays schoolDays() {
        return SchoolDays.mondayToFriday();
    }

    @Bean
    ActivityPlanner activityPlanner(ActivityStore store, PlanningEvents events, SchoolDays schoolDays, Clock clock) {
        return new ActivityPlanner(store, events, schoolDays, clock);
    }
}
