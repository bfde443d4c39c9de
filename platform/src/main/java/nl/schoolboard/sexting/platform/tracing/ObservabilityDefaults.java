package nl.schoolboard.sexting.platform.tracing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The observability settings every service shares, as defaults below everything a service or its environment says
 * (a service's {@code application.yml} or an environment variable still wins):
 * <ul>
 *   <li>every trace is kept ({@code management.tracing.sampling.probability=1.0}): the trace id is the reference
 *       a user quotes and must be found; spans only leave the process when an exporter is configured;</li>
 *   <li>Kafka producers and listener containers continue and propagate the trace ({@code traceparent} header);</li>
 *   <li>health, build info and Prometheus metrics over HTTP, with the liveness and readiness groups;</li>
 *   <li>under the {@code prod} profile, log lines as JSON (Elastic Common Schema), the trace and span ids included.</li>
 * </ul>
 * Registered in {@code META-INF/spring.factories}; it runs after the configuration files are read, so the active
 * profiles are known.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "platformObservabilityDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
