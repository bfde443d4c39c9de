package nl.schoolboard.sexting.notification.tracing;

import org.slf4j.MDC;

/**
 * The correlation id in the logging context (MDC key {@value #MDC_KEY}, shown by the logging pattern) while one
 * Kafka record or one HTTP request is handled.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";

    private Correlation() {
    }

    /** Puts the id in the MDC until the returned scope is closed; a blank id leaves the MDC as it is. */
    public static Scope open(String correlationId) {
        if (correlationId == null || correlationId.isBlank()) {
            return () -> { };
        }
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, correlationId);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** A correlation id in the logging context; closing it restores what was there before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
