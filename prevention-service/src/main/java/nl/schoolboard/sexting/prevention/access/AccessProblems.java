package nl.schoolboard.sexting.prevention.access;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Refusals as problem+json: 401 who are you, 403 not for your role, 404 nothing of that id for you. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    static final String UNAUTHENTICATED = "urn:schoolboard:problem:unauthenticated";
    static final String FORBIDDEN = "urn:schoolboard:problem:forbidden";

    @ExceptionHandler(UnknownActor.class)
    ResponseEntity<ProblemDetail> unknownActor(UnknownActor e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Who are you?", e.getMessage()));
    }

    @ExceptionHandler(NotAllowedForRole.class)
    ResponseEntity<ProblemDetail> notAllowedForRole(NotAllowedForRole e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden(e.getMessage()));
    }

    @ExceptionHandler(OutOfReach.class)
    ResponseEntity<ProblemDetail> outOfReach(OutOfReach e) {
        ProblemDetail problem = switch (e.kind()) {
            case SCHOOL -> problem(HttpStatus.NOT_FOUND, "urn:schoolboard:problem:school-not-found",
                    "School not found", "There is no school " + e.id() + " for you. You can only use the schools"
                            + " you work at, or, for the whole board, the schools registered under your board.");
            case BOARD -> problem(HttpStatus.NOT_FOUND, "urn:schoolboard:problem:board-not-found",
                    "School board not found", "There is no school board " + e.id() + " for you. You can only use"
                            + " your own school board.");
            // only for ids no activity can have (blank); known activities out of reach answer as unknown ones do
            case ACTIVITY -> problem(HttpStatus.NOT_FOUND, "urn:schoolboard:problem:prevention-activity-not-found",
                    "Preventive activity not found", "There is no preventive activity with this id.");
        };
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** The answer to a request without a valid access token (also given by the security filter). */
    static ProblemDetail unauthenticated() {
        return problem(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Sign in first",
                "This needs a valid sign-in: the access token is missing, expired, not ours or not intact.");
    }

    static ProblemDetail forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, FORBIDDEN, "Not for your role", detail);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return problem;
    }
}
