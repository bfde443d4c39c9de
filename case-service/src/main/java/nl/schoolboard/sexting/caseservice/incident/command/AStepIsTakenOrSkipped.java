package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

/** A step already taken cannot be skipped afterwards: the record of what was done stands. */
record AStepIsTakenOrSkipped(ProtocolStep step) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.hasTaken(step)) {
            throw new ProtocolViolation(RuleCode.STEP_ALREADY_TAKEN);
        }
    }
}
