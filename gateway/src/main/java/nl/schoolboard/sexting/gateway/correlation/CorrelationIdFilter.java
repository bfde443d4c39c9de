package nl.schoolboard.sexting.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import nl.schoolboard.sexting.gateway.EdgeFilterOrder;
import nl.schoolboard.sexting.gateway.redaction.FeedTokenRedaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id ({@value #HEADER}): a well-formed incoming id (letters, digits and dashes,
 * at most 64 characters) is kept, anything else is replaced by a new UUID. The id is passed downstream on the
 * request, returned on the response (also on responses the gateway makes itself) and logged once per request, with
 * the path's calendar feed token replaced by {@code ***} ({@link FeedTokenRedaction}).
 *
 * <p>A {@link WebFilter} rather than a route-level {@code GlobalFilter}: it also covers requests that never reach
 * a route (unknown paths, bodies that are too large, actuator).
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    /** Exchange attribute holding the id, for the other edge components. */
    public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

    @Override
    public int getOrder() {
        return EdgeFilterOrder.CORRELATION_ID;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String incoming = request.getHeaders().getFirst(HEADER);
        String correlationId = isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
        if (incoming != null && !correlationId.equals(incoming)) {
            // never echo the rejected value into the log: it is caller-controlled text
            log.debug("Replaced a malformed {} header ({} characters) by {}", HEADER, incoming.length(), correlationId);
        }

        ServerWebExchange withId = exchange.mutate()
                .request(request.mutate().headers(headers -> headers.set(HEADER, correlationId)).build())
                .build();
        withId.getAttributes().put(ATTRIBUTE, correlationId);
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(HEADER, correlationId);
            return Mono.empty();
        });

        long started = System.nanoTime();
        return chain.filter(withId)
                .doFinally(signal -> logRequest(withId, correlationId, started));
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
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
