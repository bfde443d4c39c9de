package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * The Meldcode's steps are for a case where the school leader decided it applies, and are taken in their order: each
 * step after the one before it (a step may be taken again, e.g. a second consultation).
 */
public record MeldcodeInOrder(MeldcodeStep step) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.meldcodeApplies()) {
            throw new ProtocolViolation(RuleCode.NOT_ON_MELDCODE_TRACK);
        }
        if (step.ordinal() > 0 && !file.meldcodeStepsTaken().contains(MeldcodeStep.values()[step.ordinal() - 1])) {
            throw new ProtocolViolation(RuleCode.MELDCODE_STEP_OUT_OF_ORDER);
        }
    }
}
