package nl.schoolboard.sexting.systemtests;

import nl.schoolboard.sexting.localstack.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole system, started once for all system tests of this JVM (starting it takes most of a minute on two
 * cores): the real local stack on free ports in a fresh directory. Test classes share it, so each scenario uses
 * ids (schools, cases, pupils) of its own and never assumes an empty system.
 */
public final class RunningSystem {

    private static LocalStack stack;

    private RunningSystem() {
    }

    public static synchronized LocalStack stack() {
        if (stack == null) {
            try {
                Path data = Files.createTempDirectory("system-tests-stack");
                LocalStack started = LocalStack.builder().dataDir(data).freePorts().build();
                started.start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-local-stack"));
                stack = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }
}
