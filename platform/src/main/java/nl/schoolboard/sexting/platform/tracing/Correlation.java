package nl.schoolboard.sexting.platform.tracing;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of whatever is being handled: one id follows one action from the gateway through a service's
 * logs, the events it records and the Kafka records other services consume. While an HTTP request or a record is
 * handled the id is in the logging MDC under {@value #MDC_KEY}; it travels in the HTTP header {@value #HTTP_HEADER}
 * and the Kafka header {@value #KAFKA_HEADER} (the contracts' {@code RecordHeaders.CORRELATION_ID}).
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";
    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String KAFKA_HEADER = "correlation-id";

    /** Anything else (too long, odd characters) is caller-controlled text not trusted into log lines. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private Correlation() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** The given id if it is well-formed, else a new one. */
    public static String acceptOrNew(String candidate) {
        return isWellFormed(candidate) ? candidate : newId();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The id of what is being handled now, or a new one when nothing set it (a scheduled job, a test). */
    public static String currentOrNew() {
        String current = MDC.get(MDC_KEY);
        return current == null || current.isBlank() ? newId() : current;
    }

    /** The correlation id in a Kafka record's headers (the last one if there are several), if any. */
    public static Optional<String> fromHeaders(Headers headers) {
        Header header = headers.lastHeader(KAFKA_HEADER);
        if (header == null || header.value() == null || header.value().length == 0) {
            return Optional.empty();
        }
        return Optional.of(new String(header.value(), StandardCharsets.UTF_8));
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
