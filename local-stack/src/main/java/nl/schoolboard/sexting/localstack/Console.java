package nl.schoolboard.sexting.localstack;

import java.io.PrintStream;
import java.util.Map;

/**
 * The terminal: every line tagged with where it came from ({@code [case-service] ...}), names aligned, each
 * source in its own colour when the output is a terminal that wants colour ({@code NO_COLOR} turns it off).
 * Lines from several sources' output threads never interleave: writing one holds the console's lock.
 */
record Console(PrintStream out, boolean colour) {

    static final String SELF = "local-stack";
    private static final int WIDTH = Wiring.NOTIFICATION_SERVICE.length();
    private static final String RESET = "\u001B[0m";
    private static final Map<String, String> COLOURS = Map.of(
            SELF, "\u001B[1;34m",
            "kafka", "\u001B[90m",
            Wiring.CASE_SERVICE, "\u001B[36m",
            Wiring.NOTIFICATION_SERVICE, "\u001B[35m",
            Wiring.PREVENTION_SERVICE, "\u001B[33m",
            Wiring.GATEWAY, "\u001B[32m");

    static Console forTerminal(PrintStream out) {
        String term = System.getenv("TERM");
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null
                && term != null && !term.equals("dumb");
        return new Console(out, colour);
    }

    void say(String text) {
        line(SELF, text);
    }

    synchronized void line(String source, String text) {
        String tag = "[" + source + "]" + " ".repeat(Math.max(0, WIDTH - source.length()));
        if (colour) {
            out.println(COLOURS.getOrDefault(source, "") + tag + RESET + " " + text);
        } else {
            out.println(tag + " " + text);
        }
        out.flush();
    }
}
