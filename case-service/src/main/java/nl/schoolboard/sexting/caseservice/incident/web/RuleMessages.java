package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.platform.problem.Problems;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

/**
 * The domain's refusals as problems: codes and parameters, never sentences. The words come from the service's
 * catalogue ({@code messages_nl.properties}, {@code messages_en.properties}, one text per {@code RuleCode}) in the
 * caller's language when the problem is written (platform's {@code ProblemWording}).
 */
public final class RuleMessages {

    /** The code of a 400 whose detail joins its fields' messages. */
    public static final String INVALID_FIELDS = "invalid-fields";

    private RuleMessages() {
    }

    /** Fills a 400 problem: every field named, with its code and parameters. */
    public static void explain(ProblemDetail problem, InvalidCommand refused) {
        List<Map<String, Object>> errors = refused.violations().entrySet().stream()
                .map(e -> Problems.fieldError(e.getKey(), e.getValue().code().code(), e.getValue().params()))
                .toList();
        Problems.withCode(problem, INVALID_FIELDS, Map.of());
        problem.setProperty("errors", errors);
    }

    /** Fills a 409 problem: the rule's code and parameters, and for a close the open steps. */
    public static void explain(ProblemDetail problem, ProtocolViolation refused) {
        Problems.withCode(problem, refused.code().code(), refused.params());
        if (refused instanceof ProtocolIncomplete incomplete) {
            problem.setProperty("openSteps", incomplete.unexplained());
        }
    }
}
