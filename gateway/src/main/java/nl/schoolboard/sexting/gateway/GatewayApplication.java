package nl.schoolboard.sexting.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one entry point. Routes (configuration, {@code application.yml}): {@code /api/cases/**} to case-service,
 * {@code /api/notifications/**} to notification-service, {@code /api/prevention/**} to prevention-service; the
 * service URIs come from {@code gateway.services.*}. Around every request: a correlation id, security headers, a
 * body size limit, the access token check for {@code /api/**} (with CORS for the UI origin), a rate limit per user,
 * and problem+json answers for what goes wrong at the edge. {@code GET /api/docs} lists the services' OpenAPI
 * documents. The order of all this is in {@link EdgeFilterOrder}. Everything outside {@code /api/**} is the web UI
 * (module {@code web-ui}), served from the classpath with {@code /ui-config.json} and the fallback to
 * {@code index.html} for its routes ({@link nl.schoolboard.sexting.gateway.ui}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
