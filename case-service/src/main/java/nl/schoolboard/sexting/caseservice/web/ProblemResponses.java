package nl.schoolboard.sexting.caseservice.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import nl.schoolboard.sexting.platform.problem.CommonProblems;
import nl.schoolboard.sexting.platform.problem.Problems;
import nl.schoolboard.sexting.platform.problem.ServiceProblemResponses;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

import static nl.schoolboard.sexting.platform.problem.Problems.coded;

/**
 * Every error as RFC 9457 problem+json with a stable {@code type} and a {@code code}, worded in the caller's language
 * from the catalogue ({@code messages_nl.properties}, {@code messages_en.properties}) when it is written.
 * Bad input is a 4xx naming each field; only a fault of ours is a 500, and it tells nothing of the internals.
 * Refusals of who calls (401, 403) are platform's {@code IdentityProblems}; the type base is platform's
 * {@code Problems}.
 */
@RestControllerAdvice
class ProblemResponses extends ServiceProblemResponses {

    @ExceptionHandler(InvalidCommand.class)
    ProblemDetail invalid(InvalidCommand e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(Problems.type(RuleMessages.INVALID_FIELDS));
        RuleMessages.explain(problem, e);
        return problem;
    }

    @ExceptionHandler(IncidentAlreadyReported.class)
    ProblemDetail alreadyReported(IncidentAlreadyReported e) {
        ProblemDetail problem = coded(HttpStatus.CONFLICT, "already-reported", "already-reported");
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return coded(HttpStatus.CONFLICT, "idempotency-key-reused", "idempotency-key-reused");
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail caseNotFound(CaseNotFound e) {
        return coded(HttpStatus.NOT_FOUND, "case-not-found", "case-not-found");
    }

    @ExceptionHandler(ProtocolViolation.class)
    ProblemDetail protocolViolation(ProtocolViolation e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(Problems.type("protocol/" + e.rule()));
        RuleMessages.explain(problem, e);
        return problem;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = coded(HttpStatus.CONFLICT, "stale-version", "stale-version",
                Map.of("expected", e.getExpectedVersion(), "actual", e.getActualVersion()));
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler({AggregateNotFoundException.class, CaseOutOfReach.class})
    ProblemDetail noSuchCase(RuntimeException e) {
        return coded(HttpStatus.NOT_FOUND, "case-not-found", "no-such-case");
    }

    @ExceptionHandler(PersonalDataReads.ReadNotRecorded.class)
    ProblemDetail readNotRecorded(PersonalDataReads.ReadNotRecorded e) {
        return readRefusedUnrecorded(e);
    }

    @ExceptionHandler(UnknownStep.class)
    ProblemDetail unknownStep(UnknownStep e) {
        return coded(HttpStatus.NOT_FOUND, "unknown-step", e.code(), e.params());
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
                    .body(CommonProblems.unreadableBody(mapping));
        }
        return ResponseEntity.internalServerError().body(fault(e));
    }
}
