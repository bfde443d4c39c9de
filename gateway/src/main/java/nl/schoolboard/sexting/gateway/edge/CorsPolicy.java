package nl.schoolboard.sexting.gateway.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for the configured UI origin only ({@link CorsProperties}). Applied by Spring Security's filter chain (see
 * {@link nl.schoolboard.sexting.gateway.identity}), before the token check, because a browser's preflight carries
 * no token. A preflight from the UI origin is answered with the CORS headers below; from any other origin it gets
 * none (and 403), and a cross-origin call from another origin is refused the same way. Requests from the gateway's
 * own origin are not cross-origin and need none of this.
 *
 * <p>No credentials (cookies): the UI sends its access token in the {@code Authorization} header.
 */
@Configuration(proxyBeanMethods = false)
public class CorsPolicy {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH, "X-Correlation-Id", "X-Acting-Role");
    static final List<String> RESPONSE_HEADERS = List.of("X-Correlation-Id", HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE);

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration ui = new CorsConfiguration();
        ui.setAllowedOrigins(List.of(properties.allowedOrigin()));
        ui.setAllowedMethods(METHODS);
        ui.setAllowedHeaders(REQUEST_HEADERS);
        ui.setExposedHeaders(RESPONSE_HEADERS);
        ui.setAllowCredentials(false);
        ui.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", ui);
        return source;
    }
}
