package nl.schoolboard.sexting.systemtests.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations measured by several threads; percentiles in milliseconds (nearest rank). */
final class Samples {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void addMillis(long millis) {
        nanos.add(millis * 1_000_000);
    }

    int count() {
        return nanos.size();
    }

    /** The {@code percentile}th percentile in milliseconds; NaN when nothing was measured. */
    double millis(int percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    /** "p50 12.3 ms, p99 45.6 ms". */
    String p50p99() {
        return "p50 %s ms, p99 %s ms".formatted(Report.ms(millis(50)), Report.ms(millis(99)));
    }
}
