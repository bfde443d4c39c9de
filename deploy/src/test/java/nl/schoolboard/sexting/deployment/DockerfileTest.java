package nl.schoolboard.sexting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * No machine here has a Docker engine, so nothing builds the image in CI: these are the promises of the one
 * Dockerfile that a change elsewhere in the repository can silently break.
 */
class DockerfileTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private final String dockerfile = read(REPOSITORY.resolve("Dockerfile"));

    @Test
    void every_module_of_the_reactor_has_its_pom_in_the_dependency_layer_before_the_sources_come_in() {
        // Maven reads every module's POM even when it builds one: a module missing here fails the image build
        int sources = dockerfile.indexOf("COPY . .");
        int dependencies = dockerfile.indexOf("dependency:go-offline");
        assertThat(dependencies).as("dependencies resolved before the sources are copied").isBetween(0, sources);

        List<String> modules = MODULE.matcher(read(REPOSITORY.resolve("pom.xml"))).results()
                .map(match -> match.group(1)).toList();
        assertThat(modules).contains("case-service", "gateway", "deploy");
        for (String module : modules) {
            int copied = dockerfile.indexOf("COPY " + module + "/pom.xml");
            assertThat(copied).as("COPY %s/pom.xml before the dependencies are resolved", module)
                    .isBetween(0, dependencies);
        }
    }

    @Test
    void the_runtime_holds_the_layers_of_the_spring_boot_jar_and_runs_as_an_unprivileged_user() {
        assertThat(dockerfile).contains("-Djarmode=tools", "extract --layers --launcher");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        assertThat(last).as("the user the container runs as").isNotNull().isNotIn("root", "0");
        assertThat(ContainerImage.fromDockerfile(REPOSITORY.resolve("Dockerfile")).userId()).isPositive();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
