package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * Personal data is not erased while the case is under legal hold (e.g. a police investigation needs it); a person's
 * data is erased only from a case they are part of.
 *
 * @param subject the person whose data goes, or null for the whole case
 */
public record ErasureIsAllowed(PersonRef subject) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.underLegalHold()) {
            throw new ProtocolViolation(RuleCode.LEGAL_HOLD);
        }
        if (subject != null && file.person(subject).isEmpty()) {
            throw InvalidCommand.of("subject", RuleCode.ERASURE_SUBJECT_NOT_IN_CASE);
        }
    }
}
