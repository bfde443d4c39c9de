package nl.schoolboard.sexting.caseservice.incident.command;

/**
 * A command that the protocol does not allow in the case's present state, with a stable code for the rule and a
 * sentence a school leader understands.
 */
public class ProtocolViolation extends RuntimeException {

    private final String rule;

    public ProtocolViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
