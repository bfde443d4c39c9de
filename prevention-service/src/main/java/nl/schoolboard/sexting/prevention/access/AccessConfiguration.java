package nl.schoolboard.sexting.prevention.access;

import nl.schoolboard.sexting.platform.problem.ProblemResponseWriter;
import nl.schoolboard.sexting.platform.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Closed by default, as every service ({@link ServiceSecurity}); open without a token besides health and info are
 * the API description and the calendar feed (whose address holds its own secret). Platform's access guard then
 * applies each endpoint's {@link AccessRule} before the handler runs, asking {@link PlanningReach} about the ids in
 * the path, and leaves the checked caller for the handler.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        return ServiceSecurity.denyByDefault(http, problems)
                .apiDocument("/api/prevention/v3/api-docs")
                .openForGet("/api/prevention/calendar/*.ics")
                .build();
    }
}
