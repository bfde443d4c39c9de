package nl.schoolboard.sexting.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import reactor.core.publisher.Flux;

/**
 * The instances of {@link ServiceInstances} as Spring Cloud's (reactive) discovery client, which is what the load
 * balancer behind {@code lb://} routes asks. A fixed list: where instances come and go (Kubernetes), the list holds
 * the service's stable address and the platform does the rest.
 */
record ConfiguredDiscoveryClient(ServiceInstances instances) implements ReactiveDiscoveryClient {

    @Override
    public String description() {
        return "the instances listed in gateway.services.*";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(instancesOf(serviceId));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.services().keySet());
    }

    List<ServiceInstance> instancesOf(String serviceId) {
        List<URI> uris = instances.of(serviceId);
        return IntStream.range(0, uris.size())
                .mapToObj(i -> (ServiceInstance) new DefaultServiceInstance(serviceId + "-" + i, serviceId,
                        uris.get(i).getHost(), port(uris.get(i)), uris.get(i).getScheme().equals("https")))
                .toList();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equals("https") ? 443 : 80;
    }
}
