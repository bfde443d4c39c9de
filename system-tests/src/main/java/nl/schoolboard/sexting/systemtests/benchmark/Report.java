package nl.schoolboard.sexting.systemtests.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one run found: every figure as it is measured, and at the end the figures next to the targets, so a
 * run can be pasted into {@code docs/benchmarks.md} as it is.
 */
final class Report {

    private final List<String> verdicts = new ArrayList<>();

    void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    void line(String format, Object... values) {
        System.out.println("   " + String.format(Locale.ROOT, format, values));
    }

    /** A figure compared with its target: {@code met} decides, {@code figure} and {@code target} say it. */
    void target(String what, String figure, String target, boolean met) {
        verdicts.add(String.format(Locale.ROOT, "%-48s %-26s target %-18s %s", what, figure, target,
                met ? "met" : "NOT met"));
    }

    void printTargets() {
        section("targets (issue 16)");
        verdicts.forEach(verdict -> System.out.println("   " + verdict));
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis < 10 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.0f", millis);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.3f", ratio);
    }
}
