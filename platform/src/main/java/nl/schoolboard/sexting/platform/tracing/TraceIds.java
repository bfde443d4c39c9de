package nl.schoolboard.sexting.platform.tracing;

import org.slf4j.MDC;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The trace id of whatever is being handled, as Micrometer Tracing keeps it in the logging context while a span is in
 * scope (an HTTP request, a consumed Kafka record, a relayed event). It is what the services call the correlation id:
 * the id a user quotes to the service desk, that case events carry in their envelope and audit records in their
 * body, and that the log lines of one action across all services share.
 */
public final class TraceIds {

    /** The key under which the tracing bridge puts the current trace id in the logging MDC. */
    public static final String MDC_KEY = "traceId";

    private TraceIds() {
    }

    /**
     * The current trace id, or a new random one of the same shape (32 hexadecimal digits) when no span is in scope:
     * a scheduled job, a test that runs without tracing. The new one then ties nothing together, but the field it
     * fills is never empty.
     */
    public static String currentOrNew() {
        String current = MDC.get(MDC_KEY);
        if (current != null && !current.isBlank()) {
            return current;
        }
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
