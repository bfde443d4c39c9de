package nl.schoolboard.sexting.gateway.ratelimit;

import java.net.InetSocketAddress;

import nl.schoolboard.sexting.gateway.EdgeFilterOrder;
import nl.schoolboard.sexting.gateway.correlation.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Limits how fast one caller may call {@code /api/**}: a token bucket per caller
 * ({@code gateway.rate-limit.requests-per-second}, {@code gateway.rate-limit.burst}), answered with 429
 * problem+json and {@code Retry-After} once it is empty. The limit is per gateway instance, or shared by all of them
 * with {@code gateway.rate-limit.shared-store} (see {@link CallerRateLimiter}).
 *
 * <p>Runs after authentication ({@link EdgeFilterOrder#RATE_LIMIT}), so the caller is known: an authenticated
 * request counts against the token's {@code sub}, wherever it comes from; a request without a token that is let
 * through (the OpenAPI documents) counts against the client's IP address (the connection's, or the forwarded one
 * when {@code server.forward-headers-strategy} says to trust it). Requests the token check refuses never get here
 * and reach no service. Outside {@code /api/**} (actuator, the web UI's files) nothing is limited: many staff of one
 * school share one address.
 */
@Component
@Order(EdgeFilterOrder.RATE_LIMIT)
public record RateLimitFilter(CallerRateLimiter limiter) implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return callerKey(exchange).flatMap(key -> decide(key).flatMap(decision -> {
            if (decision.allowed()) {
                return chain.filter(exchange);
            }
            logRefusal(exchange, key);
            return Mono.<Void>error(new TooManyRequests(decision.retryAfter()));
        }));
    }

    /** In memory at once; from the shared store on a thread that may wait. */
    private Mono<CallerRateLimiter.Decision> decide(String key) {
        if (!limiter.blocking()) {
            return Mono.just(limiter.tryAcquire(key));
        }
        return Mono.fromCallable(() -> limiter.tryAcquire(key)).subscribeOn(Schedulers.boundedElastic());
    }

    static Mono<String> callerKey(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .mapNotNull(principal -> ((JwtAuthenticationToken) principal).getToken().getSubject())
                .filter(subject -> !subject.isBlank())
                .map(subject -> "sub:" + subject)
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)));
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static void logRefusal(ServerWebExchange exchange, String key) {
        String correlationId = CorrelationIdFilter.correlationIdOf(exchange);
        try (MDC.MDCCloseable ignored = CorrelationIdFilter.logContext(correlationId)) {
            log.debug("Rate limit reached for {} correlationId={}", key, correlationId);
        }
    }
}
