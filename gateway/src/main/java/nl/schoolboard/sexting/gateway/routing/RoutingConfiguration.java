package nl.schoolboard.sexting.gateway.routing;

import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The discovery client the {@code lb://} routes of application.yml are balanced with. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    ReactiveDiscoveryClient configuredInstances(ServiceInstances instances) {
        return new ConfiguredDiscoveryClient(instances);
    }
}
