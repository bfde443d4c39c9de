package nl.schoolboard.sexting.prevention.access;

import nl.schoolboard.sexting.platform.problem.ProblemResponseWriter;
import nl.schoolboard.sexting.platform.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.NonNull;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Closed by default, as every service ({@link ServiceSecurity}); open without a token besides health and info are
 * the API description and the calendar feed (whose address holds its own secret). {@link AccessGuard} then applies
 * each endpoint's {@link AccessRule} before the handler runs and leaves the checked caller for it.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

    private final AccessGuard guard;

    AccessConfiguration(AccessGuard guard) {
        this.guard = guard;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        return ServiceSecurity.denyByDefault(http, problems)
                .apiDocument("/api/prevention/v3/api-docs")
                .openForGet("/api/prevention/calendar/*.ics")
                .build();
    }

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(guard);
    }
}
