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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
    /** The module of each instance in {@link #running}, by instance name. */
    private final Map<String, String> moduleOf = new ConcurrentHashMap<>();

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
            for (ServiceDefinition definition : wave) {
                addresses.instances(definition.module())
                        .forEach(instance -> launch(definition, instance, jars.get(definition.module())));
            }
            for (ServiceDefinition definition : wave) {
                addresses.instances(definition.module()).forEach(this::awaitUp);
                pending.remove(definition.module());
            }
            left.removeAll(wave);
        }
    }

    private void awaitUp(ServiceInstance instance) {
        awaitUp(instance, this::processes);
    }

    private void awaitUp(ServiceInstance instance, Supplier<Collection<ChildProcess>> watched) {
        healthWait.awaitUp(running.get(instance.name()), URI.create(instance.url() + ServiceDefinition.HEALTH_PATH),
                watched);
    }

    private void launch(ServiceDefinition definition, ServiceInstance instance, Path jar) {
        String name = instance.name();
        LocalStackPorts.requireFree(instance.port(), name, "Is another local stack or the " + definition.module()
                + " already running (from an IDE perhaps)?");
        Path dataDir = addresses.dataDir();
        moduleOf.put(name, instance.module());
        lifecycle.register(() -> running.put(name, ChildProcess.start(name, command(definition, instance.port(), jar),
                dataDir.resolve("run").resolve(name), dataDir.resolve("logs").resolve(name + ".log"),
                console, line -> true)));
        console.say("Started " + name + " on port " + instance.port());
    }

    /**
     * Kills one instance without warning (SIGKILL: no shutdown hook, no goodbye to Kafka or MongoDB), as a crash or
     * the kernel's out-of-memory killer would.
     */
    void kill(String name) {
        ChildProcess process = running.get(name);
        if (process == null) {
            throw new IllegalArgumentException("No running instance named " + name + "; there are " + running.keySet());
        }
        process.process().toHandle().destroyForcibly();
        try {
            process.process().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while killing " + name, e);
        }
    }

    /** Starts an instance that was killed (same port, same wiring) and waits until it reports UP. */
    void restart(String name, Map<String, Path> jars) {
        ServiceInstance instance = Wiring.ALL.stream().flatMap(definition -> addresses.instances(definition.module())
                        .stream()).filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance named " + name));
        ChildProcess before = running.get(name);
        if (before != null && before.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch(Wiring.definition(instance.module()), instance, jars.get(instance.module()));
        // only this one: another instance may be down on purpose at the same time
        awaitUp(instance, () -> List.of(running.get(name)));
    }

    /** The command line of one process: this JVM's java, the options, the jar, its port and its wiring. */
    List<String> command(ServiceDefinition definition, Path jar) {
        return command(definition, addresses.ports().http(definition.module()), jar);
    }

    private List<String> command(ServiceDefinition definition, int port, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(JarLocator.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8"));
        command.addAll(Leftovers.ownerMarker(addresses.dataDir()));
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
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
                    .anyMatch(other -> other.dependsOn().contains(moduleOf.get(process.name())));
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
