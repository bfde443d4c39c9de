package nl.schoolboard.sexting.platform.security;

import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.UnknownActor;
import nl.schoolboard.sexting.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of who the caller is or what their role allows, the same in every service: 401 with a
 * {@code WWW-Authenticate} challenge, 403 with the reason's code (the message of the exception is for logs only). Ahead of a service's own handlers, so that its catch-all
 * for faults never turns a refusal into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityProblems {

    @ExceptionHandler(UnknownActor.class)
    ResponseEntity<ProblemDetail> unknownActor(UnknownActor e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.withCode(ServiceSecurity.unauthenticated(), e.code(), e.params()));
    }

    @ExceptionHandler(NotAllowedForRole.class)
    ResponseEntity<ProblemDetail> notAllowedForRole(NotAllowedForRole e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.withCode(ServiceSecurity.forbidden(), e.code(), e.params()));
    }
}
