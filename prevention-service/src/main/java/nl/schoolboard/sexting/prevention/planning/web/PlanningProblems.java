package nl.schoolboard.sexting.prevention.planning.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import nl.schoolboard.sexting.platform.problem.Problems;
import nl.schoolboard.sexting.platform.problem.ValidationProblems;
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

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error of the prevention API as RFC 9457 problem+json with a stable {@code type} and a {@code code}, worded
 * in the caller's language from the service's catalogue ({@code messages_nl.properties}, {@code messages_en.properties})
 * when it is written. A request the API cannot use answers 400 with {@code errors: [{field, code, params, message}]};
 * a change the activity's state does not allow answers 409; nothing a caller sends yields a 500.
 */
@RestControllerAdvice
class PlanningProblems extends ResponseEntityExceptionHandler {

    static final String INVALID_REQUEST = "invalid-request";
    static final String NOT_A_SCHOOL_DAY = "not-a-school-day";
    static final String TRANSITION_NOT_ALLOWED = "prevention-activity-transition-not-allowed";
    static final String CHANGED_CONCURRENTLY = "prevention-activity-changed-concurrently";
    static final String SCHOOL_ID_TAKEN = "school-id-taken";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        return invalid(ex.getBindingResult().getFieldErrors().stream()
                .map(error -> ValidationProblems.fieldError(fieldName(error), error))
                .toList());
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
            return invalid(List.of(Problems.fieldError(field, "value-unreadable-here", Map.of())));
        }
        return ResponseEntity.badRequest().body(Problems.coded(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "unreadable-body"));
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Object> invalidRequest(InvalidRequest ex) {
        return invalid(ex.errors());
    }

    /** A school id another board holds: 409, naming neither that board nor anything it stored of the school. */
    @ExceptionHandler(SchoolOfAnotherBoard.class)
    ResponseEntity<ProblemDetail> schoolIdTaken(SchoolOfAnotherBoard ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.coded(HttpStatus.CONFLICT, SCHOOL_ID_TAKEN,
                ex.code(), ex.params()));
    }

    @ExceptionHandler(NotASchoolDay.class)
    ResponseEntity<ProblemDetail> notASchoolDay(NotASchoolDay ex) {
        ProblemDetail problem = Problems.coded(HttpStatus.BAD_REQUEST, NOT_A_SCHOOL_DAY, ex.code(), ex.params());
        problem.setProperty("errors", List.of(Problems.fieldError(ex.field(), "field-not-a-school-day",
                Map.of("why", ex.why()))));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(UnknownActivity.class)
    ResponseEntity<ProblemDetail> unknownActivity(UnknownActivity ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.coded(HttpStatus.NOT_FOUND,
                "prevention-activity-not-found", ex.code(), ex.params()));
    }

    @ExceptionHandler(InvalidTransition.class)
    ResponseEntity<ProblemDetail> invalidTransition(InvalidTransition ex) {
        ProblemDetail problem = Problems.coded(HttpStatus.CONFLICT, TRANSITION_NOT_ALLOWED, ex.code(), ex.params());
        problem.setProperty("status", ex.status().name());
        problem.setProperty("activityId", ex.activity().value());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ConcurrentChange.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrentChange ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.coded(HttpStatus.CONFLICT,
                CHANGED_CONCURRENTLY, CHANGED_CONCURRENTLY));
    }

    private static ResponseEntity<Object> invalid(List<Map<String, Object>> errors) {
        ProblemDetail problem = Problems.coded(HttpStatus.BAD_REQUEST, INVALID_REQUEST, INVALID_REQUEST);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldName(FieldError error) {
        return error.getField().replaceAll("\\[\\d+]\\.?.*$", "");
    }
}
