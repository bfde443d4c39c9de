package nl.schoolboard.sexting.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service runs: {@code gateway.services.<service>} is one URL, or several separated by commas (one per
 * instance), e.g. {@code GATEWAY_SERVICES_CASE_SERVICE=http://case-service-0:8081,http://case-service-1:8081}. The
 * routes address a service by name ({@code lb://case-service}); the load balancer picks an instance per request,
 * in turn, among those whose health endpoint answers UP.
 *
 * @param services the instances of each service, by service name
 */
@ConfigurationProperties("gateway")
public record ServiceInstances(@DefaultValue Map<String, List<URI>> services) {

    public ServiceInstances {
        services.forEach((service, instances) -> {
            if (instances.isEmpty()) {
                throw new IllegalArgumentException("gateway.services." + service + " names no instance");
            }
            instances.forEach(instance -> {
                if (instance.getHost() == null || !(instance.getScheme().equals("http")
                        || instance.getScheme().equals("https"))) {
                    throw new IllegalArgumentException("gateway.services." + service
                            + " must list http(s)://host:port addresses, not " + instance);
                }
            });
        });
        services = Map.copyOf(services);
    }

    public List<URI> of(String service) {
        return services.getOrDefault(service, List.of());
    }
}
