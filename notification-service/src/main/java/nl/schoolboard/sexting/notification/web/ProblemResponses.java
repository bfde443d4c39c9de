package nl.schoolboard.sexting.notification.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import nl.schoolboard.sexting.notification.access.OutOfReach;
import nl.schoolboard.sexting.notification.audit.ErasureNotRecorded;
import nl.schoolboard.sexting.notification.audit.ReadNotRecorded;
import nl.schoolboard.sexting.notification.delivery.NoDeliveriesToShow;
import nl.schoolboard.sexting.notification.directory.ConcurrentImport;
import nl.schoolboard.sexting.notification.directory.CsvRejected;
import nl.schoolboard.sexting.notification.directory.InvalidInput;
import nl.schoolboard.sexting.notification.directory.NotInDirectory;
import nl.schoolboard.sexting.notification.directory.RowError;
import nl.schoolboard.sexting.notification.inbox.InboxItemNotFound;
import nl.schoolboard.sexting.platform.problem.CommonProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.schoolboard.sexting.platform.problem.Problems.problem;

/**
 * Every error as RFC 9457 problem+json with a stable {@code type} and a sentence a school leader understands. Bad
 * input is a 4xx naming each field (or, for an imported file, each row and column); unknown ids are 404; only a fault
 * of ours is a 500, and it tells nothing of the internals. Refusals of who calls are platform's {@code IdentityProblems}. Spring's own errors (wrong method, wrong media type, ...)
 * keep Spring's problem details.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** An import answer lists at most this many problems (and says how many there were). */
    static final int MAX_ROW_ERRORS = 500;

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields", "Some fields need attention",
                "Nothing was saved. " + e.getMessage());
        problem.setProperty("errors", fieldErrors(e.fieldErrors()));
        return problem;
    }

    @ExceptionHandler(CsvRejected.class)
    ProblemDetail csvRejected(CsvRejected e) {
        List<RowError> errors = e.errors();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "import-rejected", "The file was not imported",
                "Nothing was imported: " + errors.size() + " problem(s) in the file, listed by row (the header is "
                        + "row 1) and column. Correct them and import the whole file again.");
        problem.setProperty("errorCount", errors.size());
        problem.setProperty("errors", errors.subList(0, Math.min(errors.size(), MAX_ROW_ERRORS)));
        return problem;
    }

    @ExceptionHandler(NotInDirectory.class)
    ProblemDetail notInDirectory(NotInDirectory e) {
        return problem(HttpStatus.NOT_FOUND, "not-in-directory", "Not in the contact directory", e.getMessage());
    }

    /** Decided before the handler ran: worded as the handlers word a school or an inbox that is not there. */
    @ExceptionHandler(OutOfReach.class)
    ProblemDetail outOfReach(OutOfReach e) {
        return switch (e.kind()) {
            case SCHOOL_DIRECTORY -> notInDirectory(new NotInDirectory(e.getMessage()));
            case INBOX -> inboxItemNotFound(new InboxItemNotFound(e.getMessage()));
        };
    }

    @ExceptionHandler(ConcurrentImport.class)
    ProblemDetail concurrentImport(ConcurrentImport e) {
        return problem(HttpStatus.CONFLICT, "concurrent-import", "Another import ran at the same time", e.getMessage());
    }

    @ExceptionHandler(InboxItemNotFound.class)
    ProblemDetail inboxItemNotFound(InboxItemNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "inbox-item-not-found", "No such message", e.getMessage());
    }

    @ExceptionHandler(NoDeliveriesToShow.class)
    ProblemDetail noDeliveriesToShow(NoDeliveriesToShow e) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "Nothing to show for this case", e.getMessage());
    }

    @ExceptionHandler(ReadNotRecorded.class)
    ProblemDetail readNotRecorded(ReadNotRecorded e) {
        log.warn("read refused: it could not be recorded for the audit trail", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "read-not-recorded", "Try again in a moment", e.getMessage());
    }

    @ExceptionHandler(ErasureNotRecorded.class)
    ProblemDetail erasureNotRecorded(ErasureNotRecorded e) {
        log.warn("erasure refused: it could not be recorded for the audit trail", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "erasure-not-recorded", "Try again in a moment",
                e.getMessage());
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail fault(RuntimeException e) {
        log.error("request failed", e);
        return CommonProblems.internalFault();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.merge(error.getField(), error.getDefaultMessage(), (first, more) -> first + " " + more);
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.put(error.getObjectName(), error.getDefaultMessage()));
        return ResponseEntity.badRequest().body(invalid(new InvalidInput(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(
                CommonProblems.unreadableBody(e.getCause(), mapping -> "This value has the wrong form."));
    }

    private static List<Map<String, String>> fieldErrors(Map<String, String> errors) {
        return errors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
                .toList();
    }
}
