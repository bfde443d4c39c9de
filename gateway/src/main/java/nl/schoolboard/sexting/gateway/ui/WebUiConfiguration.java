package nl.schoolboard.sexting.gateway.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web UI (module {@code web-ui}, a jar with the built files under {@code META-INF/resources/}), served by the
 * gateway at {@code /}, open without a token like everything outside {@code /api/**}:
 * <ul>
 *   <li>its files by Spring Boot's static resource handling ({@code /index.html}, {@code /favicon.svg}, ...) with
 *       {@code Cache-Control: no-cache} (application.yml), except {@code /assets/**}: their names carry a hash of
 *       their content, so they are cached for a year and {@code immutable};</li>
 *   <li>{@code GET /ui-config.json}: the issuer the UI signs users in at (the gateway's own token issuer) and the
 *       UI's client id, {@code no-cache};</li>
 *   <li>the fallback of a single-page application: a {@code GET} of any path outside {@code /api/**} and
 *       {@code /actuator/**} whose last segment has no file extension ({@code /}, {@code /cases/42},
 *       {@code /login/callback}, ...) answers with {@code index.html} ({@code no-cache}), and the UI's router shows
 *       the page. A missing file (a path with an extension) stays a 404.</li>
 * </ul>
 * The security headers, the Content-Security-Policy with the issuer in {@code connect-src} among them, come from
 * {@link nl.schoolboard.sexting.gateway.edge.SecurityHeadersFilter}, as on every answer.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration {

    static final String UI_CONFIG_PATH = "/ui-config.json";
    static final String ASSETS_PATTERN = "/assets/**";
    static final CacheControl ASSETS_CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private static final Logger log = LoggerFactory.getLogger(WebUiConfiguration.class);

    /** What {@code GET /ui-config.json} answers. */
    record UiConfig(String issuer, String clientId) {
    }

    /**
     * Before Spring Boot's welcome page (its own mapping, order 1), so that {@code /} is answered like every other
     * page of the UI.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> webUiRoutes(OAuth2ResourceServerProperties resourceServer, WebUiProperties ui,
                                               WebProperties web, ApplicationContext context) {
        String issuer = resourceServer.getJwt().getIssuerUri();
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("The web UI signs users in at the issuer of the access tokens, and the"
                    + " gateway does not know it: set spring.security.oauth2.resourceserver.jwt.issuer-uri, e.g."
                    + " --spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9000");
        }
        UiConfig config = new UiConfig(issuer.strip(), ui.clientId());
        RouterFunctions.Builder routes = RouterFunctions.route()
                .GET(UI_CONFIG_PATH, request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(config));
        Optional<Resource> index = indexHtml(web, context);
        if (index.isPresent()) {
            Resource page = index.get();
            routes.route(RequestPredicates.GET("/**").and(pageOfTheUi()), request -> ServerResponse.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .cacheControl(CacheControl.noCache())
                    .body(BodyInserters.fromResource(page)));
        } else {
            log.warn("No web UI on the classpath (no index.html in {}): the gateway serves the API only. Build web-ui"
                    + " with npm (not with -Dweb-ui.skip=true) to get it.",
                    Arrays.toString(web.getResources().getStaticLocations()));
        }
        return routes.build();
    }

    /** The UI's hashed files: cached for a year, never revalidated. */
    @Bean
    WebFluxConfigurer webUiAssets(WebProperties web) {
        return new WebFluxConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler(ASSETS_PATTERN)
                        .addResourceLocations(Arrays.stream(web.getResources().getStaticLocations())
                                .map(location -> location.endsWith("/") ? location + "assets/" : location + "/assets/")
                                .toArray(String[]::new))
                        .setCacheControl(ASSETS_CACHE);
            }
        };
    }

    /** A path the UI's router knows: not the API's or actuator's, and no file name with an extension at its end. */
    static RequestPredicate pageOfTheUi() {
        return request -> isPageOfTheUi(request.path());
    }

    static boolean isPageOfTheUi(String path) {
        if (isUnder(path, "/api") || isUnder(path, "/actuator")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static Optional<Resource> indexHtml(WebProperties web, ApplicationContext context) {
        for (String location : web.getResources().getStaticLocations()) {
            Resource index = context.getResource(location.endsWith("/") ? location + "index.html"
                    : location + "/index.html");
            if (index.exists() && index.isReadable()) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
