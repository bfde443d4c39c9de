package nl.schoolboard.sexting.caseservice.incident.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A command that breaks the protocol's rules for its fields; names every field that is wrong and why. */
public class InvalidCommand extends RuntimeException {

    private final Map<String, String> violations;

    public InvalidCommand(Map<String, String> violations) {
        super("invalid fields: " + violations.keySet());
        this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
    }

    /** Field name (as the API spells it) to a sentence a school leader understands. */
    public Map<String, String> violations() {
        return violations;
    }
}
