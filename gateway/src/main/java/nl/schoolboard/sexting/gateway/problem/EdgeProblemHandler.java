package nl.schoolboard.sexting.gateway.problem;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.gateway.correlation.CorrelationIdFilter;
import nl.schoolboard.sexting.gateway.edge.RequestTooLarge;
import nl.schoolboard.sexting.gateway.ratelimit.TooManyRequests;
import nl.schoolboard.sexting.gateway.redaction.FeedTokenRedaction;
import nl.schoolboard.sexting.gateway.redaction.RedactedError;
import nl.schoolboard.sexting.platform.problem.Problems;
import nl.schoolboard.sexting.platform.words.Languages;
import nl.schoolboard.sexting.platform.words.ProblemWording;
import nl.schoolboard.sexting.platform.words.Worded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Everything that goes wrong at the edge answers as RFC 9457 problem+json with a stable {@code type}, a {@code code},
 * words a school leader understands in the language of the request's {@code Accept-Language} (Dutch by default; the
 * gateway's catalogue {@code messages_nl.properties}, {@code messages_en.properties}) and the correlation id: a service that cannot be reached is 503 (not 500), a body
 * that is too large 413, an unknown address 404, a service that answers too late 504, a missing or invalid access
 * token 401 (with {@code WWW-Authenticate: Bearer}), a refusal by the security chain 403, a caller above the rate
 * limit 429 (with {@code Retry-After}).
 *
 * <p>Also the security chain's entry point and access-denied handler (see
 * {@link nl.schoolboard.sexting.gateway.identity}), so its answers have the same shape.
 *
 * <p>Runs before Spring Boot's default error handler (order -1), which would answer with its own JSON shape.
 */
@Component
@Order(-2)
public record EdgeProblemHandler(ObjectMapper objectMapper, ProblemWording wording)
        implements ErrorWebExceptionHandler {

    /** Seconds a client is asked to wait before trying a service that is down again. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(EdgeProblemHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Locale language = Languages.fromAcceptLanguage(
                exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = wording.word(describe(exchange, error), language);
        String correlationId = CorrelationIdFilter.correlationIdOf(exchange);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        instanceOf(exchange).ifPresent(problem::setInstance);
        logProblem(problem, error, correlationId);

        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        headers.setContentLength(body.length);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        TooManyRequests tooMany = find(error, TooManyRequests.class);
        if (tooMany != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(error));
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    ProblemDetail describe(ServerWebExchange exchange, Throwable error) {
        Worded service = serviceName(exchange);
        RequestTooLarge tooLarge = find(error, RequestTooLarge.class);
        if (tooLarge != null) {
            return coded(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "request-too-large",
                    Map.of("kb", tooLarge.limit().toKilobytes()));
        }
        TooManyRequests tooMany = find(error, TooManyRequests.class);
        if (tooMany != null) {
            return coded(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "too-many-requests",
                    Map.of("seconds", tooMany.retryAfterSeconds()));
        }
        // before AccessDeniedException: a refusal of a caller without a token is an AuthenticationException
        // caused by an AccessDeniedException
        AuthenticationException unauthenticated = find(error, AuthenticationException.class);
        if (unauthenticated != null) {
            return coded(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    unauthenticated instanceof OAuth2AuthenticationException ? "sign-in-not-valid" : "sign-in-missing",
                    Map.of());
        }
        if (find(error, AccessDeniedException.class) != null) {
            return coded(HttpStatus.FORBIDDEN, "forbidden", "sign-in-does-not-allow", Map.of());
        }
        if (find(error, ConnectException.class) != null || find(error, UnknownHostException.class) != null) {
            return coded(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "service-unavailable",
                    Map.of("service", service));
        }
        if (isPrematureClose(error)) {
            return coded(HttpStatus.BAD_GATEWAY, "service-failed", "service-failed", Map.of("service", service));
        }
        ResponseStatusException statusException = find(error, ResponseStatusException.class);
        if (statusException != null) {
            return fromStatus(statusException.getStatusCode(), service);
        }
        return coded(HttpStatus.INTERNAL_SERVER_ERROR, "gateway-error", "gateway-error", Map.of());
    }

    /**
     * RFC 6750's challenge: plain {@code Bearer} when no token was sent, with the error code (e.g.
     * {@code invalid_token}) when one was refused. No description: how a token failed is for the log, not the caller.
     */
    private static String bearerChallenge(Throwable error) {
        OAuth2AuthenticationException refused = find(error, OAuth2AuthenticationException.class);
        if (refused == null || refused.getError() == null) {
            return "Bearer";
        }
        return "Bearer error=\"" + refused.getError().getErrorCode() + "\"";
    }

    private static ProblemDetail fromStatus(HttpStatusCode status, Worded service) {
        return switch (status.value()) {
            case 404 -> coded(HttpStatus.NOT_FOUND, "not-found", "not-found", Map.of());
            case 405 -> coded(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "method-not-allowed", Map.of());
            case 503 -> coded(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "service-unavailable",
                    Map.of("service", service));
            case 504 -> coded(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "service-timeout",
                    Map.of("service", service));
            default -> status.is4xxClientError()
                    ? coded(status, "bad-request", "bad-request", Map.of())
                    : coded(status, "gateway-error", "gateway-error-retry", Map.of());
        };
    }

    /** Under the same type base as every service's problems, so that a client reads one scheme. */
    private static ProblemDetail coded(HttpStatusCode status, String slug, String code, Map<String, ?> params) {
        return Problems.coded(status, slug, code, params);
    }

    /** The words for the route's service ({@code service.case-service}); {@code service.any} when no route was chosen. */
    private static Worded serviceName(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return new Worded("service." + (route == null ? "any" : route.getId()));
    }

    private static Optional<URI> instanceOf(ServerWebExchange exchange) {
        try {
            return Optional.of(URI.create(exchange.getRequest().getPath().value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isPrematureClose(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("reactor.netty.http.client.PrematureCloseException")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static void logProblem(ProblemDetail problem, Throwable error, String correlationId) {
        try (MDC.MDCCloseable ignored = CorrelationIdFilter.logContext(correlationId)) {
            if (problem.getStatus() >= 500 && problem.getStatus() != 503 && problem.getStatus() != 504
                    && problem.getStatus() != 502) {
                // an exception's message may quote the request's address: the stack trace goes to the log, its
                // messages only with the feed token taken out
                log.error("Unexpected error at the edge, correlationId={}", correlationId,
                        RedactedError.of(error));
            } else if (problem.getStatus() >= 500) {
                log.warn("{} {}: {} correlationId={}", problem.getStatus(), problem.getTitle(),
                        FeedTokenRedaction.redact(error.toString()), correlationId);
            } else if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                // why the token was refused (expired, signature, audience...): Spring Security's words, no token text
                log.debug("{} {}: {} correlationId={}", problem.getStatus(), problem.getTitle(),
                        FeedTokenRedaction.redact(error.getMessage()), correlationId);
            } else {
                log.debug("{} {} correlationId={}", problem.getStatus(), problem.getTitle(), correlationId);
            }
        }
    }
}
