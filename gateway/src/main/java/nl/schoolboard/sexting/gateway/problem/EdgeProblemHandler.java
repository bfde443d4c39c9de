package nl.schoolboard.sexting.gateway.problem;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.gateway.correlation.CorrelationIdFilter;
import nl.schoolboard.sexting.gateway.edge.RequestTooLarge;
import nl.schoolboard.sexting.gateway.ratelimit.TooManyRequests;
import nl.schoolboard.sexting.gateway.redaction.FeedTokenRedaction;
import nl.schoolboard.sexting.gateway.redaction.RedactedError;
import nl.schoolboard.sexting.platform.problem.Problems;
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
 * Everything that goes wrong at the edge answers as RFC 9457 problem+json with a stable {@code type}, words a
 * school leader understands and the correlation id: a service that cannot be reached is 503 (not 500), a body
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
public class EdgeProblemHandler implements ErrorWebExceptionHandler {

    /** Seconds a client is asked to wait before trying a service that is down again. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(EdgeProblemHandler.class);

    private final ObjectMapper objectMapper;

    public EdgeProblemHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = describe(exchange, error);
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
        String service = serviceName(exchange);
        RequestTooLarge tooLarge = find(error, RequestTooLarge.class);
        if (tooLarge != null) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "Request too large",
                    "The request is larger than the " + tooLarge.limit().toKilobytes()
                            + " KB this system accepts. Shorten the text; images and other files cannot be sent"
                            + " to this system.");
        }
        TooManyRequests tooMany = find(error, TooManyRequests.class);
        if (tooMany != null) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                    "You sent more requests in a short time than this system accepts. Wait "
                            + tooMany.retryAfterSeconds() + " second(s) and try again; the refused request changed"
                            + " nothing.");
        }
        // before AccessDeniedException: a refusal of a caller without a token is an AuthenticationException
        // caused by an AccessDeniedException
        AuthenticationException unauthenticated = find(error, AuthenticationException.class);
        if (unauthenticated != null) {
            return unauthenticated instanceof OAuth2AuthenticationException
                    ? problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in again",
                            "Your sign-in is not valid: it has expired, was not issued for this system or was"
                                    + " altered. Sign in again.")
                    : problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in first",
                            "This needs a sign-in: the request carries no access token.");
        }
        if (find(error, AccessDeniedException.class) != null) {
            return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    "Your sign-in does not allow this.");
        }
        if (find(error, ConnectException.class) != null || find(error, UnknownHostException.class) != null) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "The " + service + " cannot be reached right now, so nothing was changed. Please try again"
                            + " in a minute.");
        }
        if (isPrematureClose(error)) {
            return problem(HttpStatus.BAD_GATEWAY, "service-failed", "Service stopped answering",
                    "The " + service + " stopped answering while handling this request. Check whether your"
                            + " change was saved before you try again.");
        }
        ResponseStatusException statusException = find(error, ResponseStatusException.class);
        if (statusException != null) {
            return fromStatus(statusException.getStatusCode(), service);
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "gateway-error", "Something went wrong",
                "Something went wrong in the entry point of the system. Please try again; if it keeps happening,"
                        + " contact the service desk and mention the correlation id.");
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

    private static ProblemDetail fromStatus(HttpStatusCode status, String service) {
        return switch (status.value()) {
            case 404 -> problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "There is nothing at this address.");
            case 405 -> problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                    "This address does not support this kind of request.");
            case 503 -> problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "The " + service + " cannot be reached right now, so nothing was changed. Please try again"
                            + " in a minute.");
            case 504 -> problem(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service too slow",
                    "The " + service + " did not answer in time. Check whether your change was saved before you"
                            + " try again.");
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                String title = known == null ? "Error " + status.value() : known.getReasonPhrase();
                yield problem(status, status.is4xxClientError() ? "bad-request" : "gateway-error", title,
                        status.is4xxClientError()
                                ? "The request could not be handled as sent."
                                : "Something went wrong in the entry point of the system. Please try again.");
            }
        };
    }

    /** Under the same type base as every service's problems, so that a client reads one scheme. */
    private static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail) {
        return Problems.problem(status, slug, title, detail);
    }

    /** "case service" for the route {@code case-service}; "service" when no route was chosen. */
    private static String serviceName(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "service" : route.getId().replace('-', ' ');
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
        try (MDC.MDCCloseable ignored = correlationId == null ? null
                : MDC.putCloseable(CorrelationIdFilter.MDC_KEY, correlationId)) {
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
