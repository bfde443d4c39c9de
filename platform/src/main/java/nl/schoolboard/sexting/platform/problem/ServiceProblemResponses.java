package nl.schoolboard.sexting.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What a service's exception handler answers alike, whatever its domain: a fault of its own is logged and answered
 * with a 500 that tells nothing of the internals, a body it cannot read with a 400 naming the field where reading
 * stopped, and a read its audit trail could not record with a 503 ({@link CommonProblems}; the last from the handler
 * of the service's own exception, through {@link #readRefusedUnrecorded}). A service's {@code @RestControllerAdvice}
 * extends this and adds the answers of its own domain; Spring's other errors (wrong method, wrong media type, ...)
 * keep Spring's problem details.
 */
public abstract class ServiceProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ServiceProblemResponses.class);

    @ExceptionHandler(RuntimeException.class)
    protected ProblemDetail fault(RuntimeException e) {
        log.error("request failed", e);
        return CommonProblems.internalFault();
    }

    /** Personal data is never shown unrecorded: the read is refused for now, and why is logged. */
    protected ProblemDetail readRefusedUnrecorded(RuntimeException e) {
        log.warn("read refused: it could not be recorded for the audit trail", e);
        return CommonProblems.readNotRecorded();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(CommonProblems.unreadableBody(e.getCause()));
    }
}
