package nl.schoolboard.sexting.localstack;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What one process of the stack (a service, the gateway or the development issuer) needs to run: its HTTP port, the
 * Spring properties it is started with, the processes that must be UP before it starts, and where it says it is UP.
 * The definitions themselves are in {@link Wiring}.
 *
 * @param module     the Maven module, which is also the jar's name and the name in logs and docker-compose.yml
 * @param port       which of the stack's ports is its HTTP port
 * @param properties the {@code --name=value} arguments, in order
 * @param dependsOn  modules that must report UP first (a module the stack does not start counts as UP)
 */
record ServiceDefinition(String module, ToIntFunction<LocalStackPorts> port, List<Property> properties,
                         List<String> dependsOn) {

    /** Spring Boot Actuator's health endpoint; every process of the stack has it. */
    static final String HEALTH_PATH = "/actuator/health";

    ServiceDefinition {
        properties = List.copyOf(properties);
        dependsOn = List.copyOf(dependsOn);
    }

    /** {@code --name=value} for every property that has a value in this stack. */
    List<String> arguments(StackAddresses addresses) {
        return properties.stream()
                .flatMap(property -> property.value().apply(addresses)
                        .map(value -> "--" + property.name() + "=" + value).stream())
                .toList();
    }

    List<String> propertyNames() {
        return properties.stream().map(Property::name).toList();
    }

    /**
     * One Spring property and how its value follows from where everything is.
     *
     * @param value empty when the property is not set in this stack (e.g. a key set URI with an external issuer)
     */
    record Property(String name, Function<StackAddresses, Optional<String>> value) {

        static Property set(String name, Function<StackAddresses, String> value) {
            return new Property(name, addresses -> Optional.of(value.apply(addresses)));
        }

        /** Only when the stack runs its own development issuer. */
        static Property withDevelopmentIssuer(String name, Function<StackAddresses, String> value) {
            return new Property(name, addresses -> addresses.usesDevelopmentIssuer()
                    ? Optional.of(value.apply(addresses)) : Optional.empty());
        }
    }
}
