package nl.schoolboard.sexting.caseservice.web;

import nl.schoolboard.sexting.platform.problem.ProblemResponseWriter;
import nl.schoolboard.sexting.platform.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Closed by default, as every service ({@link ServiceSecurity}); open besides health and info is only this
 * service's API description. Who may see and do what with cases is decided per endpoint by its {@code access.Guarded}
 * rule, before the body is read (platform's access guard, asking {@code access.CasePathReach}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        return ServiceSecurity.denyByDefault(http, problems).apiDocument("/api/cases/v3/api-docs").build();
    }
}
