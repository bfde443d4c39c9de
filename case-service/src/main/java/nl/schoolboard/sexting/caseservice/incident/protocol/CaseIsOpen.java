package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.command.ReopenCase;
import nl.schoolboard.sexting.caseservice.incident.command.StepCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** A closed case takes no steps until it is reopened, with a reason. */
public record CaseIsOpen(StepCommand step) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.isClosed() && !(step instanceof ReopenCase)) {
            throw new ProtocolViolation(RuleCode.CASE_CLOSED);
        }
    }
}
