package nl.schoolboard.sexting.gateway.identity;

import java.util.List;
import java.util.Locale;

import nl.schoolboard.sexting.gateway.EdgeFilterOrder;
import nl.schoolboard.sexting.gateway.correlation.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes the identity headers of the walking skeleton ({@code X-Actor-Id}, {@code X-Actor-Role}, any other
 * {@code X-Actor-*}, and {@code X-Board-Id}) from every incoming request before it is routed. Who the caller is comes
 * only from the access token, which the services check themselves; nothing may trust these headers, so no service
 * ever receives them from outside. ({@code X-Acting-Role} is not among them: it only chooses one of the roles the
 * token already holds, and the services check it against the token.)
 */
@Component
@Order(EdgeFilterOrder.UNTRUSTED_IDENTITY_HEADERS)
public class UntrustedIdentityHeadersFilter implements WebFilter {

    static final String ACTOR_PREFIX = "x-actor-";
    static final String BOARD_ID = "x-board-id";

    private static final Logger log = LoggerFactory.getLogger(UntrustedIdentityHeadersFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> untrusted = request.getHeaders().keySet().stream()
                .filter(UntrustedIdentityHeadersFilter::isUntrusted)
                .toList();
        if (untrusted.isEmpty()) {
            return chain.filter(exchange);
        }
        String correlationId = CorrelationIdFilter.correlationIdOf(exchange);
        try (MDC.MDCCloseable ignored = CorrelationIdFilter.logContext(correlationId)) {
            // names only: the values are caller-controlled text
            log.debug("Removed identity headers {} from the request; only the access token says who calls", untrusted);
        }
        ServerHttpRequest cleaned = request.mutate().headers(headers -> untrusted.forEach(headers::remove)).build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    static boolean isUntrusted(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return name.startsWith(ACTOR_PREFIX) || name.equals(BOARD_ID);
    }
}
