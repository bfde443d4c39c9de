package nl.schoolboard.sexting.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Where the built things are: the repository, each module's jar, the Kafka broker's classpath, the JVM. */
final class JarLocator {

    private final Path repositoryRoot;

    JarLocator(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    /**
     * {@code <module>/target/<module>.jar} of every module, in the given order. Fails, naming every missing jar,
     * before anything starts.
     */
    Map<String, Path> requireJars(List<String> modules) {
        Map<String, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String module : modules) {
            Path jar = repositoryRoot.resolve(module).resolve("target").resolve(module + ".jar");
            jars.put(module, jar);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new LocalStackException("Not built yet: " + String.join(", ", missing)
                    + ". Build with ./mvnw -q -DskipTests package (./run-local does this).");
        }
        return jars;
    }

    /**
     * The classpath of the Kafka child process: {@code local-stack/target/lib/*} (written by
     * {@code mvn package}), else this JVM's classpath if it holds the Kafka broker jar.
     */
    String kafkaClasspath() {
        Path lib = repositoryRoot.resolve("local-stack").resolve("target").resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                if (jars.anyMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"))) {
                    return lib.toAbsolutePath() + File.separator + "*";
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String own = System.getProperty("java.class.path", "");
        if (Arrays.stream(own.split(File.pathSeparator))
                .anyMatch(entry -> Path.of(entry).getFileName() != null
                        && Path.of(entry).getFileName().toString().startsWith("kafka_2.13-"))) {
            return own;
        }
        throw new LocalStackException("The Kafka broker jars are not in " + lib
                + ". Build them with ./mvnw -q -pl local-stack package -DskipTests (./run-local does this).");
    }

    /** The {@code java} of this JVM, so that every child runs on the same Java as the stack. */
    static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java");
        return java.toString();
    }

    /**
     * The repository root: the first directory, from where this class was loaded and then from the working
     * directory upwards, that holds {@code mvnw} and {@code local-stack/}.
     */
    static Path findRepositoryRoot() {
        List<Path> starts = new ArrayList<>();
        try {
            var source = JarLocator.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                starts.add(Path.of(source.getLocation().toURI()));
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException ignored) {
            // fall back to the working directory
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-stack"))) {
                    return dir;
                }
            }
        }
        throw new LocalStackException("Cannot find the repository root (a directory with mvnw and local-stack/) "
                + "from " + starts + "; pass it with LocalStack.builder().repositoryRoot(...)");
    }
}
