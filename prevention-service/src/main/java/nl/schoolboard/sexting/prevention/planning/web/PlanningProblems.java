package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.platform.problem.Problems;
import com.fasterxml.jackson.databind.JsonMappingException;
import nl.schoolboard.sexting.prevention.planning.ConcurrentChange;
import nl.schoolboard.sexting.prevention.planning.InvalidTransition;
import nl.schoolboard.sexting.prevention.planning.NotASchoolDay;
import nl.schoolboard.sexting.prevention.planning.SchoolOfAnotherBoard;
import nl.schoolboard.sexting.prevention.planning.UnknownActivity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error of the prevention API as RFC 9457 problem+json with a stable {@code type} and words a school leader
 * understands. A request the API cannot use answers 400 with {@code errors: [{field, message}]}; a change the
 * activity's state does not allow answers 409; nothing a caller sends yields a 500.
 */
@RestControllerAdvice
class PlanningProblems extends ResponseEntityExceptionHandler {

    static final String INVALID_REQUEST = Problems.TYPE_BASE + "invalid-request";
    static final String NOT_A_SCHOOL_DAY = Problems.TYPE_BASE + "not-a-school-day";
    static final String TRANSITION_NOT_ALLOWED = Problems.TYPE_BASE + "prevention-activity-transition-not-allowed";
    static final String CHANGED_CONCURRENTLY = Problems.TYPE_BASE + "prevention-activity-changed-concurrently";
    static final String SCHOOL_ID_TAKEN = Problems.TYPE_BASE + "school-id-taken";

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(fieldName(error), error.getDefaultMessage()))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return invalid(List.of(new FieldProblem(field, "has a value that cannot be read here"
                    + " (dates as 2026-12-03, times as 19:30)")));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "The request cannot be read",
                "The request body is not the JSON this call expects.");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Object> invalidRequest(InvalidRequest ex) {
        return invalid(ex.errors().entrySet().stream()
                .map(error -> new FieldProblem(error.getKey(), error.getValue())).toList());
    }

    /** A school id another board holds: 409, naming neither that board nor anything it stored of the school. */
    @ExceptionHandler(SchoolOfAnotherBoard.class)
    ResponseEntity<ProblemDetail> schoolIdTaken(SchoolOfAnotherBoard ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, SCHOOL_ID_TAKEN,
                "School id taken", "School id " + ex.schoolId() + " belongs to another school board. A school id"
                        + " belongs to one board; if this school is yours, ask the service desk to look into it."));
    }

    @ExceptionHandler(NotASchoolDay.class)
    ResponseEntity<ProblemDetail> notASchoolDay(NotASchoolDay ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, NOT_A_SCHOOL_DAY, "Not a school day",
                ex.date() + " is not a school day for this school: " + ex.why() + ". Choose a school day.");
        problem.setProperty("errors", List.of(new FieldProblem(ex.field(),
                "is not a school day (" + ex.why() + ")")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(UnknownActivity.class)
    ResponseEntity<ProblemDetail> unknownActivity(UnknownActivity ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ActivityNotFound(ex.id().value()).getBody());
    }

    @ExceptionHandler(InvalidTransition.class)
    ResponseEntity<ProblemDetail> invalidTransition(InvalidTransition ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, TRANSITION_NOT_ALLOWED,
                "Not possible for this activity now", ex.getMessage());
        problem.setProperty("status", ex.status().name());
        problem.setProperty("activityId", ex.activity().value());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ConcurrentChange.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrentChange ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, CHANGED_CONCURRENTLY,
                "Changed at the same moment", ex.getMessage()));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Some fields need another value",
                errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")) + ".");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldName(FieldError error) {
        return error.getField().replaceAll("\\[\\d+]\\.?.*$", "");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return problem;
    }
}
