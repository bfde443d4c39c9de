package nl.schoolboard.sexting.caseservice.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import nl.schoolboard.sexting.platform.problem.CommonProblems;
import nl.schoolboard.sexting.caseservice.audit.PersonalDataReads;
import nl.schoolboard.sexting.caseservice.incident.refusal.IdempotencyKeyReused;
import nl.schoolboard.sexting.caseservice.incident.refusal.IncidentAlreadyReported;
import nl.schoolboard.sexting.caseservice.incident.refusal.CaseOutOfReach;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.web.RuleMessages;
import nl.schoolboard.sexting.caseservice.incident.web.UnknownStep;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import nl.schoolboard.sexting.caseservice.incident.query.CaseNotFound;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static nl.schoolboard.sexting.platform.problem.Problems.problem;

/**
 * Every error as RFC 9457 problem+json with a stable {@code type} and a sentence a school leader understands.
 * Bad input is a 4xx naming each field; only a fault of ours is a 500, and it tells nothing of the internals.
 * Refusals of who calls (401, 403) are platform's {@code IdentityProblems}; the type base is platform's
 * {@code Problems}.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidCommand.class)
    ProblemDetail invalid(InvalidCommand e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields", "Some fields need attention", null);
        RuleMessages.explain(problem, e);
        return problem;
    }

    @ExceptionHandler(IncidentAlreadyReported.class)
    ProblemDetail alreadyReported(IncidentAlreadyReported e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already-reported", "This report was already made",
                "A different report was already saved under this Idempotency-Key. Use a new key for a new incident.");
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.CONFLICT, "idempotency-key-reused", "This Idempotency-Key was used for something else",
                "A different request for this step was already recorded under this Idempotency-Key, and nothing was "
                        + "saved now. Use a new key for a new request; repeat a request only with the same fields.");
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail caseNotFound(CaseNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found", e.getMessage());
    }

    @ExceptionHandler(ProtocolViolation.class)
    ProblemDetail protocolViolation(ProtocolViolation e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "protocol/" + e.rule(), "The protocol does not allow this now",
                null);
        RuleMessages.explain(problem, e);
        return problem;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "The case changed in the meantime",
                "Someone else recorded something in this case since you looked (you saw version "
                        + e.getExpectedVersion() + ", it is now at " + e.getActualVersion()
                        + "). Look at the case again, then decide.");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler({AggregateNotFoundException.class, CaseOutOfReach.class})
    ProblemDetail noSuchCase(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                "There is no such case for your school board. Steps can only be recorded on a reported case.");
    }

    @ExceptionHandler(PersonalDataReads.ReadNotRecorded.class)
    ProblemDetail readNotRecorded(PersonalDataReads.ReadNotRecorded e) {
        log.warn("read refused: it could not be recorded", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "read-not-recorded", "Try again in a moment", e.getMessage());
    }

    @ExceptionHandler(UnknownStep.class)
    ProblemDetail unknownStep(UnknownStep e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-step", "No such step", e.getMessage());
    }

    /** A command handler's own exception, when the command bus wrapped it on the way back. */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidCommand invalid) {
            return invalid(invalid);
        }
        if (cause instanceof IncidentAlreadyReported already) {
            return alreadyReported(already);
        }
        if (cause instanceof IdempotencyKeyReused reused) {
            return keyReused(reused);
        }
        if (cause instanceof ProtocolViolation violation) {
            return protocolViolation(violation);
        }
        if (cause instanceof ConflictingAggregateVersionException stale) {
            return staleVersion(stale);
        }
        if (cause instanceof AggregateNotFoundException || cause instanceof CaseOutOfReach) {
            return noSuchCase((RuntimeException) cause);
        }
        return fault(e);
    }

    /** A step body whose values do not fit the step's fields (converted after reading). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> unfitBody(IllegalArgumentException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(CommonProblems.unreadableBody(mapping, ProblemResponses::whatIsWrong));
        }
        return ResponseEntity.internalServerError().body(fault(e));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail fault(RuntimeException e) {
        log.error("request failed", e);
        return CommonProblems.internalFault();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(CommonProblems.unreadableBody(e.getCause(), ProblemResponses::whatIsWrong));
    }

    /** Says what a valid value looks like where the reader knows: one of an enum's names, or a date or moment. */
    private static String whatIsWrong(JsonMappingException mapping) {
        return mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()
                ? "'" + format.getValue() + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants()) + "."
                : "This value has the wrong form" + (mapping instanceof InvalidFormatException f
                    && (f.getTargetType() == java.time.Instant.class || f.getTargetType() == java.time.LocalDate.class)
                    ? ": use a date such as 2026-11-20 or a moment such as 2026-11-20T08:30:00Z." : ".");
    }
}
