package nl.schoolboard.sexting.notification.web;

import nl.schoolboard.sexting.platform.problem.ProblemResponseWriter;
import nl.schoolboard.sexting.platform.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Closed by default, as every service ({@link ServiceSecurity}); open besides health and info is only this
 * service's API document, which the gateway shows. What each caller may see and do is decided per endpoint by its
 * {@code access.Guarded} rule, before the body is read (platform's access guard, asking {@code access.NotificationReach}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Where springdoc serves the API document ({@code springdoc.api-docs.path}). */
    static final String API_DOCS = "/api/notifications/v3/api-docs";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        return ServiceSecurity.denyByDefault(http, problems).apiDocument(API_DOCS).build();
    }
}
