package nl.schoolboard.sexting.prevention.correlation;

import nl.schoolboard.sexting.contracts.RecordHeaders;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The correlation id of whatever is being handled, in the logging MDC under {@value #MDC_KEY}. It arrives in the
 * Kafka header {@link RecordHeaders#CORRELATION_ID} or the HTTP header {@value #HTTP_HEADER}.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";
    public static final String HTTP_HEADER = "X-Correlation-Id";

    private Correlation() {
    }

    /** The correlation id in the record's headers (the last one if there are several), if any. */
    public static Optional<String> fromHeaders(Headers headers) {
        Header header = headers.lastHeader(RecordHeaders.CORRELATION_ID);
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

    /** An MDC entry that is removed again on close. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
