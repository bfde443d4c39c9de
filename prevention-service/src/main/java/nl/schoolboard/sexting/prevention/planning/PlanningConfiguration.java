package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the planning feature; the classes beside it stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean
    SchoolCalendar schoolCalendar() {
        return SchoolCalendar.official();
    }

    @Bean
    ActivityAnnouncer activityAnnouncer(ActivityStore store, PlanningEvents events, Clock clock) {
        return new ActivityAnnouncer(store, events, clock);
    }

    @Bean
    ActivityPlanner activityPlanner(ActivityStore store, ActivityAnnouncer announcer, SchoolDirectory schools,
                                    BoardSettingsStore settings, IncidentLedger ledger, SchoolCalendar calendar,
                                    Clock clock) {
        return new ActivityPlanner(store, announcer, schools, settings, ledger, calendar, clock);
    }

    @Bean
    ActivityLifecycle activityLifecycle(ActivityStore store, SchoolDirectory schools, SchoolCalendar calendar,
                                        ActivityAnnouncer announcer, Clock clock) {
        return new ActivityLifecycle(store, schools, calendar, announcer, clock);
    }

    @Bean
    PlanQueries planQueries(ActivityStore store, SchoolDirectory schools, BoardSettingsStore settings,
                            IncidentLedger ledger, SchoolCalendar calendar, Clock clock) {
        return new PlanQueries(store, schools, settings, ledger, calendar, clock);
    }
}
