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
import nl.schoolboard.sexting.platform.problem.Problems;
import nl.schoolboard.sexting.platform.problem.ServiceProblemResponses;
import nl.schoolboard.sexting.platform.problem.ValidationProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.schoolboard.sexting.platform.problem.Problems.coded;

/**
 * Every error as RFC 9457 problem+json with a stable {@code type} and a {@code code}, worded in the caller's language
 * from the service's catalogue ({@code messages_nl.properties}, {@code messages_en.properties}) when it is written. Bad
 * input is a 4xx naming each field (or, for an imported file, each row and column); unknown ids are 404; only a fault
 * of ours is a 500, and it tells nothing of the internals. Refusals of who calls are platform's {@code IdentityProblems}. Spring's own errors (wrong method, wrong media type, ...)
 * keep Spring's problem details.
 */
@RestControllerAdvice
class ProblemResponses extends ServiceProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** An import answer lists at most this many problems (and says how many there were). */
    static final int MAX_ROW_ERRORS = 500;

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return invalid(e.fieldCodes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(error -> Problems.fieldError(error.getKey(), error.getValue(), Map.of())).toList());
    }

    @ExceptionHandler(CsvRejected.class)
    ProblemDetail csvRejected(CsvRejected e) {
        List<RowError> errors = e.errors();
        ProblemDetail problem = coded(HttpStatus.BAD_REQUEST, "import-rejected", "import-rejected",
                Map.of("count", errors.size()));
        problem.setProperty("errorCount", errors.size());
        problem.setProperty("errors", errors.subList(0, Math.min(errors.size(), MAX_ROW_ERRORS)).stream()
                .map(ProblemResponses::rowError).toList());
        return problem;
    }

    @ExceptionHandler(NotInDirectory.class)
    ProblemDetail notInDirectory(NotInDirectory e) {
        return coded(HttpStatus.NOT_FOUND, "not-in-directory", e.code(), e.params());
    }

    /** Decided before the handler ran: worded as the handlers word a school or an inbox that is not there. */
    @ExceptionHandler(OutOfReach.class)
    ProblemDetail outOfReach(OutOfReach e) {
        return switch (e.kind()) {
            case SCHOOL_DIRECTORY -> coded(HttpStatus.NOT_FOUND, "not-in-directory", "school-not-in-reach");
            case INBOX -> coded(HttpStatus.NOT_FOUND, "inbox-item-not-found", "inbox-item-unknown");
        };
    }

    @ExceptionHandler(ConcurrentImport.class)
    ProblemDetail concurrentImport(ConcurrentImport e) {
        return coded(HttpStatus.CONFLICT, "concurrent-import", "concurrent-import");
    }

    @ExceptionHandler(InboxItemNotFound.class)
    ProblemDetail inboxItemNotFound(InboxItemNotFound e) {
        return coded(HttpStatus.NOT_FOUND, "inbox-item-not-found", "inbox-item-unknown");
    }

    @ExceptionHandler(NoDeliveriesToShow.class)
    ProblemDetail noDeliveriesToShow(NoDeliveriesToShow e) {
        return coded(HttpStatus.NOT_FOUND, "case-not-found", "no-deliveries-to-show");
    }

    @ExceptionHandler(ReadNotRecorded.class)
    ProblemDetail readNotRecorded(ReadNotRecorded e) {
        return readRefusedUnrecorded(e);
    }

    @ExceptionHandler(ErasureNotRecorded.class)
    ProblemDetail erasureNotRecorded(ErasureNotRecorded e) {
        log.warn("erasure refused: it could not be recorded for the audit trail", e);
        return coded(HttpStatus.SERVICE_UNAVAILABLE, "erasure-not-recorded", "erasure-not-recorded");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(ValidationProblems.fieldError(error.getField(), error));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                Problems.fieldError(error.getObjectName(), "value-not-accepted", Map.of())));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    private static ProblemDetail invalid(List<Map<String, Object>> errors) {
        ProblemDetail problem = coded(HttpStatus.BAD_REQUEST, "invalid-fields", "invalid-fields");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A row's problem as the catalogue words it: {@code {row, field, code, params}}. */
    private static Map<String, Object> rowError(RowError error) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("row", error.row());
        item.putAll(Problems.fieldError(error.field(), error.code(), error.params()));
        return item;
    }
}
