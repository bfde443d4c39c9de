package nl.schoolboard.sexting.caseservice.incident.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A command or request whose fields break the rules; names every field that is wrong and why, as codes. */
public class InvalidCommand extends RuntimeException {

    private final Map<String, Violation> violations;

    public InvalidCommand(Map<String, Violation> violations) {
        super("invalid fields: " + violations);
        this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
    }

    public static InvalidCommand of(String field, RuleCode code) {
        return new InvalidCommand(Map.of(field, code.violation()));
    }

    public static InvalidCommand of(String field, RuleCode code, Map<String, ?> params) {
        return new InvalidCommand(Map.of(field, code.with(params)));
    }

    /** Field name (as the API spells it) to what is wrong with it, in the order the fields were checked. */
    public Map<String, Violation> violations() {
        return violations;
    }
}
