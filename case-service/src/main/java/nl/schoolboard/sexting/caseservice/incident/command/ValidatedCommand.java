package nl.schoolboard.sexting.caseservice.incident.command;

/**
 * A command that knows the rules for its own fields: what must be there, what form it has. They need nothing of the
 * case, so they run before it is loaded ({@link FieldRulesFirst}); the case itself decides only what depends on its
 * state.
 */
public interface ValidatedCommand {

    /** Adds to {@code check} every field of this command that breaks its rules. */
    void checkFields(FieldCheck check);
}
