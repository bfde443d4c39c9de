package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.refusal.Violation;
import nl.schoolboard.sexting.platform.problem.Problems;
import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Words for the codes the domain refuses with, from the catalogue {@code messages/rules.properties}: {@code {name}}
 * in a text is the value of that parameter. The problem+json keeps its {@code detail} for people and carries the
 * {@code code} and {@code params} for clients that word things themselves.
 */
public final class RuleMessages {

    private static final ResourceBundle CATALOGUE = ResourceBundle.getBundle("messages.rules", Locale.ROOT);

    private RuleMessages() {
    }

    public static String text(RuleCode code, Map<String, ?> params) {
        String text = CATALOGUE.getString(code.code());
        for (Map.Entry<String, ?> param : params.entrySet()) {
            text = text.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
        }
        return text;
    }

    static boolean hasText(RuleCode code) {
        return CATALOGUE.containsKey(code.code());
    }

    /** Fills a 400 problem: every field named, with its text, code and parameters; the detail joins the texts. */
    public static void explain(ProblemDetail problem, InvalidCommand refused) {
        List<Map<String, Object>> errors = refused.violations().entrySet().stream()
                .map(e -> error(e.getKey(), e.getValue())).toList();
        problem.setDetail("Nothing was saved. " + String.join(" ", errors.stream().map(e -> (String) e.get("message")).toList()));
        problem.setProperty("errors", errors);
    }

    /** Fills a 409 problem: the rule's text as detail, its code and parameters, and for a close the open steps. */
    public static void explain(ProblemDetail problem, ProtocolViolation refused) {
        problem.setDetail(text(refused.code(), refused.params()));
        Problems.withCode(problem, refused.code().code(), refused.params());
        if (refused instanceof ProtocolIncomplete incomplete) {
            problem.setProperty("openSteps", incomplete.unexplained());
        }
    }

    private static Map<String, Object> error(String field, Violation violation) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", text(violation.code(), violation.params()));
        error.put("code", violation.code().code());
        error.put("params", violation.params());
        return error;
    }
}
