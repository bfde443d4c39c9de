package nl.schoolboard.sexting.caseservice.incident.refusal;

import java.util.Map;

/**
 * A command that the protocol does not allow in the case's present state: the rule's code and the values its text
 * names. The message is for logs; people read the catalogue's text for the code.
 */
public class ProtocolViolation extends RuntimeException {

    private final RuleCode code;
    private final Map<String, ?> params;

    public ProtocolViolation(RuleCode code) {
        this(code, Map.of());
    }

    public ProtocolViolation(RuleCode code, Map<String, ?> params) {
        super(params.isEmpty() ? code.code() : code.code() + " " + params);
        this.code = code;
        this.params = Map.copyOf(params);
    }

    /** The protocol rule broken, as its problem type names it. */
    public String rule() {
        return code.rule();
    }

    public RuleCode code() {
        return code;
    }

    public Map<String, ?> params() {
        return params;
    }
}
