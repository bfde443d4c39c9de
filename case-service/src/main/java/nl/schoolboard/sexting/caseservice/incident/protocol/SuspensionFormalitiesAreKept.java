package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * A suspension is decided in writing with reasons to the pupil and the parents, and one longer than a day is reported
 * to the Inspectie (po, vo, so; see docs/domain.md). The law asks both, so the step cannot be skipped with a reason,
 * and the case cannot close while a suspension waits for them.
 */
public record SuspensionFormalitiesAreKept(ProtocolStep skipped) implements ProtocolRule {

    public static SuspensionFormalitiesAreKept beforeClosing() {
        return new SuspensionFormalitiesAreKept(null);
    }

    @Override
    public void check(CaseFile file) {
        if (skipped == ProtocolStep.SUSPENSION_FORMALITIES) {
            throw new ProtocolViolation(RuleCode.SUSPENSION_FORMALITIES_CANNOT_BE_SKIPPED);
        }
        if (skipped == null && file.openRequiredSteps().contains(ProtocolStep.SUSPENSION_FORMALITIES)) {
            throw new ProtocolViolation(RuleCode.SUSPENSION_FORMALITIES_MISSING);
        }
    }
}
