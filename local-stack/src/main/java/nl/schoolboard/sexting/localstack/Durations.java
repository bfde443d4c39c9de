package nl.schoolboard.sexting.localstack;

import java.util.Locale;

/** How long something took, as the stack prints it: {@code 12.3 s}. */
final class Durations {

    private Durations() {
    }

    static String since(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
