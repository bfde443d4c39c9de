package nl.schoolboard.sexting.gateway.correlation;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import nl.schoolboard.sexting.gateway.EdgeFilterOrder;
import nl.schoolboard.sexting.gateway.redaction.FeedTokenRedaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Tells the caller the correlation id of its request ({@value #HEADER}), which is the id of the request's trace:
 * Spring's observation of the request starts the trace (or continues the caller's W3C {@code traceparent}), the
 * gateway passes it on to the service as {@code traceparent}, and the services, the Kafka records and the mails
 * carry the same trace id. An incoming {@value #HEADER} is ignored. The id is returned on the response (also on
 * responses the gateway makes itself) and logged once per request, with the path's calendar feed token replaced by
 * {@code ***} ({@link FeedTokenRedaction}).
 *
 * <p>A {@link WebFilter} rather than a route-level {@code GlobalFilter}: it also covers requests that never reach
 * a route (unknown paths, bodies that are too large, actuator).
 */
@Component
@Order(EdgeFilterOrder.CORRELATION_ID)
public class CorrelationIdFilter implements WebFilter {

    public static final String HEADER = "X-Correlation-Id";
    /** Exchange attribute holding the id, for the other edge components. */
    public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    /** Where the edge's own log lines put the id: the key the tracing bridge uses for the trace id. */
    public static final String MDC_KEY = "traceId";

    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

    /**
     * The id in the log context of the lines written inside the returned scope (use it in try-with-resources), so
     * that the edge's own log lines of a request carry its id; no scope when the request has none yet.
     */
    public static MDC.MDCCloseable logContext(String correlationId) {
        return correlationId == null ? null : MDC.putCloseable(MDC_KEY, correlationId);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = traceIdOf(exchange).orElseGet(CorrelationIdFilter::untracedId);
        exchange.getAttributes().put(ATTRIBUTE, correlationId);
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, correlationId);
            return Mono.empty();
        });

        long started = System.nanoTime();
        return chain.filter(exchange)
                .doFinally(signal -> logRequest(exchange, correlationId, started));
    }

    /** The trace id of the span Spring's server observation opened for this exchange, if tracing is on. */
    private static Optional<String> traceIdOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(span -> span.context().traceId())
                .filter(id -> !id.isBlank());
    }

    /** Tracing switched off (some tests): an id of the same shape, so that answers still carry one. */
    private static String untracedId() {
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The correlation id of an exchange that passed this filter, or {@code null}. */
    public static String correlationIdOf(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    private static void logRequest(ServerWebExchange exchange, String correlationId, long started) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String path = exchange.getRequest().getPath().value();
        // health checks arrive every few seconds; they are not worth a line each
        boolean probe = path.startsWith("/actuator/");
        if (probe && !log.isDebugEnabled()) {
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, correlationId)) {
            String format = "{} {} -> {} {} in {} ms correlationId={}";
            // a calendar feed's address is its credential: only *** of its token reaches the log
            Object[] arguments = {exchange.getRequest().getMethod(), FeedTokenRedaction.redact(path),
                    route == null ? "gateway" : route.getId(),
                    status == null ? "-" : status.value(), millis, correlationId};
            if (probe) {
                log.debug(format, arguments);
            } else {
                log.info(format, arguments);
            }
        }
    }
}
