package nl.schoolboard.sexting.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders a kustomization directory the way {@code kubectl apply -k} would, with the kustomize built into kubectl
 * (or a standalone {@code kustomize}). Nothing here reaches a cluster: rendering reads files only.
 * {@code KUBECTL} names the binary where it is not on the PATH.
 */
final class Kustomize {

    private final List<String> command;

    private Kustomize(List<String> command) {
        this.command = command;
    }

    /** kubectl 1.27 or newer carries kustomize v5, which reads the {@code labels} and {@code replicas} fields used here. */
    static Optional<Kustomize> onThisMachine() {
        String explicit = System.getenv("KUBECTL");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(new Kustomize(List.of(explicit, "kustomize")));
        }
        return onPath("kubectl").map(kubectl -> new Kustomize(List.of(kubectl.toString(), "kustomize")))
                .or(() -> onPath("kustomize").map(kustomize -> new Kustomize(List.of(kustomize.toString(), "build"))));
    }

    /** The rendered objects as one multi-document YAML stream; a kustomize error fails with its own message. */
    String render(Path directory) {
        List<String> arguments = new ArrayList<>(command);
        arguments.add(directory.toString());
        try {
            Process process = new ProcessBuilder(arguments).start();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String output = read(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", arguments) + " did not finish within a minute");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " failed: " + errors.join());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", arguments), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + directory, e);
        }
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
