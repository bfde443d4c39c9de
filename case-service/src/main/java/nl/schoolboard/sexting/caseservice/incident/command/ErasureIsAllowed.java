package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

/**
 * Personal data is not erased while the case is under legal hold (e.g. a police investigation needs it); a person's
 * data is erased only from a case they are part of.
 *
 * @param subject the person whose data goes, or null for the whole case
 */
record ErasureIsAllowed(PersonRef subject) implements ProtocolRule {

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
