package nl.schoolboard.sexting.caseservice.incident.refusal;

import java.util.Map;

/**
 * What is wrong with one field: a code and the values its text needs (e.g. {@code max} for a text that is too long).
 * The words are found by the web layer, in the user's language.
 */
public record Violation(RuleCode code, Map<String, ?> params) {

    public Violation {
        params = Map.copyOf(params);
    }

    @Override
    public String toString() {
        return params.isEmpty() ? code.code() : code.code() + params;
    }
}
