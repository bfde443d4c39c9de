package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** The school leader may decide otherwise than the system proposed, and then says why. */
public record DeviationNeedsAReason(boolean deviates, String reason) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (deviates && (reason == null || reason.isBlank())) {
            throw new ProtocolViolation(RuleCode.ASSESSMENT_DEVIATION_NEEDS_REASON);
        }
    }
}
