package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * A text about the case as a whole (a briefing's summary, a reason, an evaluation) is encrypted with the case's key,
 * which only the case's own erasure destroys; so it may not point at a person of the case, or that person's erasure
 * would leave it behind. Names cannot be recognised; references can, and are refused here (see docs/privacy.md).
 */
public record CaseTextsNameNoOne(String field, String text) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (text != null && file.people().stream().anyMatch(p -> text.contains(p.ref().value()))) {
            throw InvalidCommand.of(field, RuleCode.CASE_TEXT_NAMES_A_PERSON);
        }
    }
}
