package nl.schoolboard.sexting.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the one Dockerfile at the root promises every container that runs its image: the user it runs as and the
 * share of the container's memory the JVM takes for its heap. Kubernetes and compose must fit those promises.
 */
record ContainerImage(long userId, int maxRamPercentage) {

    /** Besides the heap a service needs metaspace, code cache, thread stacks and its clients' direct buffers. */
    static final long NON_HEAP_BYTES = 200L * 1024 * 1024;

    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\d+)");
    private static final Pattern MAX_RAM = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)");

    static ContainerImage fromDockerfile(Path dockerfile) {
        String text;
        try {
            text = Files.readString(dockerfile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dockerfile, e);
        }
        Matcher user = USER.matcher(text);
        long userId = -1;
        while (user.find()) {
            userId = Long.parseLong(user.group(1)); // the last USER is the one the container runs as
        }
        if (userId < 0) {
            throw new IllegalStateException(dockerfile + " names no numeric USER: the kubelet cannot check a name "
                    + "against runAsNonRoot");
        }
        Matcher maxRam = MAX_RAM.matcher(text);
        if (!maxRam.find()) {
            throw new IllegalStateException(dockerfile + " does not size the heap from the container's memory "
                    + "(-XX:MaxRAMPercentage)");
        }
        return new ContainerImage(userId, Integer.parseInt(maxRam.group(1)));
    }

    /** What a memory limit leaves beside the heap the JVM sizes from it. */
    long nonHeapBytes(long memoryLimitBytes) {
        return memoryLimitBytes * (100 - maxRamPercentage) / 100;
    }
}
