package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * When the material shows a minor nude, or the assessment found a reason the police must be involved (an adult,
 * coercion, extortion, the age rules, distribution), the police must be contacted: the step cannot be skipped, and the
 * case cannot close while it is open, whatever reason is given.
 */
public record PoliceContactIsMandatory(ProtocolStep skipped) implements ProtocolRule {

    /** Asked when closing: police contact must not be among the steps still open. */
    public static PoliceContactIsMandatory beforeClosing() {
        return new PoliceContactIsMandatory(null);
    }

    @Override
    public void check(CaseFile file) {
        if (!file.policeRequired()) {
            return;
        }
        if (skipped == ProtocolStep.POLICE_CONTACT) {
            throw new ProtocolViolation(RuleCode.POLICE_CONTACT_CANNOT_BE_SKIPPED);
        }
        if (skipped == null && file.openRequiredSteps().contains(ProtocolStep.POLICE_CONTACT)) {
            throw new ProtocolViolation(RuleCode.POLICE_CONTACT_BEFORE_CLOSING);
        }
    }
}
