package nl.schoolboard.sexting.prevention.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;

/**
 * Every request is someone: an OIDC access token (JWT) from the configured issuer, for our audience, checked here
 * in the service and not only at the gateway. Open without a token: health, the API description and the calendar
 * feed (whose address holds its own secret). What a signed-in caller may do is {@link AccessRule}'s concern.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/api/prevention/v3/api-docs",
                                "/api/prevention/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/prevention/calendar/*.ics").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, e) -> problem(response, json,
                                HttpStatus.UNAUTHORIZED, AccessProblems.unauthenticated()))
                        .accessDeniedHandler((request, response, e) -> problem(response, json, HttpStatus.FORBIDDEN,
                                AccessProblems.forbidden("Your role does not allow this."))))
                .build();
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status,
                                org.springframework.http.ProblemDetail problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
