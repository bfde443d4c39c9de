package nl.schoolboard.sexting.prevention.access;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

import static nl.schoolboard.sexting.platform.problem.Problems.coded;

/** Out of reach as problem+json: 404, nothing of that id for you (401 and 403 are platform's {@code IdentityProblems}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    @ExceptionHandler(OutOfReach.class)
    ResponseEntity<ProblemDetail> outOfReach(OutOfReach e) {
        ProblemDetail problem = switch (e.kind()) {
            case SCHOOL -> coded(HttpStatus.NOT_FOUND, "school-not-found", "school-out-of-reach", Map.of("id", e.id()));
            case BOARD -> coded(HttpStatus.NOT_FOUND, "board-not-found", "board-out-of-reach", Map.of("id", e.id()));
            // only for ids no activity can have (blank); known activities out of reach answer as unknown ones do
            case ACTIVITY -> coded(HttpStatus.NOT_FOUND, "prevention-activity-not-found", "prevention-activity-blank");
        };
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
