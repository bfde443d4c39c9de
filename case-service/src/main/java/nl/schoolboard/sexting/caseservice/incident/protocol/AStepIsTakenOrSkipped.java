package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** A step already taken cannot be skipped afterwards: the record of what was done stands. */
public record AStepIsTakenOrSkipped(ProtocolStep step) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.hasTaken(step)) {
            throw new ProtocolViolation(RuleCode.STEP_ALREADY_TAKEN);
        }
    }
}
