package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * A text that leaves the case's inner circle (a press statement; a team briefing, unless the leader chose to share
 * names) never points at a person of the case by their reference.
 */
public record PupilsAreNotNamed(String field, String text, RuleCode code) implements ProtocolRule {

    /** For a team briefing: names may be shared when the leader decided to. */
    public ProtocolRule unless(boolean namesChosen) {
        return namesChosen ? file -> { } : this;
    }

    @Override
    public void check(CaseFile file) {
        if (text != null && file.people().stream().anyMatch(p -> text.contains(p.ref().value()))) {
            throw InvalidCommand.of(field, code);
        }
    }
}
