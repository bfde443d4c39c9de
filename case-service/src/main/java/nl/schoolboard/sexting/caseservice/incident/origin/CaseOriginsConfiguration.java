package nl.schoolboard.sexting.caseservice.incident.origin;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CaseOriginsConfiguration {

    /** Some 200 bytes an origin: the default holds the cases of several busy school years in about 10 MB. */
    @Bean
    CaseOrigins caseOrigins(EventStore events, @Value("${case.origins.remembered:50000}") long remembered) {
        return new CaseOrigins(events, remembered);
    }
}
