package nl.schoolboard.sexting.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts the services, the gateway and the development issuer as child {@code java -jar} processes, each with the
 * arguments its {@link ServiceDefinition} declares, and stops them again.
 */
final class ServiceLauncher {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackAddresses addresses;
    private final List<String> jvmOptions;
    private final Map<String, List<String>> extraArguments;
    private final Console console;
    private final Lifecycle lifecycle;
    private final HealthWait healthWait;
    /** Guarded by {@link Lifecycle#register}; read when stopping, after which nothing is added. */
    private final Map<String, ChildProcess> running = new LinkedHashMap<>();

    ServiceLauncher(StackAddresses addresses, List<String> jvmOptions, Map<String, List<String>> extraArguments,
                    Console console, Lifecycle lifecycle, HealthWait healthWait) {
        this.addresses = addresses;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.extraArguments = Map.copyOf(extraArguments);
        this.console = console;
        this.lifecycle = lifecycle;
        this.healthWait = healthWait;
    }

    /**
     * Starts the definitions in waves: every process whose dependencies are UP starts, then the wave waits until
     * each of its processes reports UP. The services start together (they do not call each other while starting),
     * the gateway after them. A dependency outside {@code definitions} is taken to be UP already.
     */
    void start(List<ServiceDefinition> definitions, Map<String, Path> jars) {
        Set<String> pending = new HashSet<>();
        definitions.forEach(definition -> pending.add(definition.module()));
        List<ServiceDefinition> left = new ArrayList<>(definitions);
        while (!left.isEmpty()) {
            List<ServiceDefinition> wave = left.stream()
                    .filter(definition -> definition.dependsOn().stream().noneMatch(pending::contains)).toList();
            if (wave.isEmpty()) {
                throw new IllegalStateException("The wiring has a dependency cycle among " + pending);
            }
            wave.forEach(definition -> launch(definition, jars.get(definition.module())));
            for (ServiceDefinition definition : wave) {
                healthWait.awaitUp(running.get(definition.module()),
                        URI.create(addresses.serviceUrl(definition.module()) + ServiceDefinition.HEALTH_PATH),
                        this::processes);
                pending.remove(definition.module());
            }
            left.removeAll(wave);
        }
    }

    private void launch(ServiceDefinition definition, Path jar) {
        String module = definition.module();
        int port = addresses.ports().http(module);
        LocalStackPorts.requireFree(port, module, "Is another local stack or the " + module
                + " already running (from an IDE perhaps)?");
        Path dataDir = addresses.dataDir();
        lifecycle.register(() -> running.put(module, ChildProcess.start(module, command(definition, jar),
                dataDir.resolve("run").resolve(module), dataDir.resolve("logs").resolve(module + ".log"),
                console, line -> true)));
        console.say("Started " + module + " on port " + port);
    }

    /** The command line of one process: this JVM's java, the options, the jar, its port and its wiring. */
    List<String> command(ServiceDefinition definition, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(JarLocator.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8"));
        command.addAll(Leftovers.ownerMarker(addresses.dataDir()));
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + addresses.ports().http(definition.module()));
        command.addAll(definition.arguments(addresses));
        command.addAll(extraArguments.getOrDefault(definition.module(), List.of()));
        return command;
    }

    Collection<ChildProcess> processes() {
        return List.copyOf(running.values());
    }

    /**
     * Stops every process. First those no other process depends on (the gateway: no new request then reaches a
     * service that is stopping), then the rest together, which is quicker than one by one. A service is never
     * stopped alone, also when the gateway was not started yet.
     */
    void stopAll() {
        List<ChildProcess> first = new ArrayList<>();
        List<ChildProcess> rest = new ArrayList<>();
        for (ChildProcess process : running.values()) {
            boolean neededByAnother = Wiring.ALL.stream()
                    .anyMatch(other -> other.dependsOn().contains(process.name()));
            (neededByAnother ? rest : first).add(process);
        }
        Collections.reverse(rest);
        first.forEach(process -> process.stop(STOP_GRACE));
        rest.forEach(ChildProcess::requestStop);
        rest.forEach(process -> process.stop(STOP_GRACE));
    }

    boolean anyRunning() {
        return !running.isEmpty();
    }
}
