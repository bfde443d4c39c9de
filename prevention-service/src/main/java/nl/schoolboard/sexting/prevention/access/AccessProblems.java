package nl.schoolboard.sexting.prevention.access;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static nl.schoolboard.sexting.platform.problem.Problems.problem;

/** Out of reach as problem+json: 404, nothing of that id for you (401 and 403 are platform's {@code IdentityProblems}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    @ExceptionHandler(OutOfReach.class)
    ResponseEntity<ProblemDetail> outOfReach(OutOfReach e) {
        ProblemDetail problem = switch (e.kind()) {
            case SCHOOL -> problem(HttpStatus.NOT_FOUND, "school-not-found",
                    "School not found", "There is no school " + e.id() + " for you. You can only use the schools"
                            + " you work at, or, for the whole board, the schools registered under your board.");
            case BOARD -> problem(HttpStatus.NOT_FOUND, "board-not-found",
                    "School board not found", "There is no school board " + e.id() + " for you. You can only use"
                            + " your own school board.");
            // only for ids no activity can have (blank); known activities out of reach answer as unknown ones do
            case ACTIVITY -> problem(HttpStatus.NOT_FOUND, "prevention-activity-not-found",
                    "Preventive activity not found", "There is no preventive activity with this id.");
        };
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
