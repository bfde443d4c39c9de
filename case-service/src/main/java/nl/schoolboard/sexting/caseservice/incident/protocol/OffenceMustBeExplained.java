package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * When the material shows a minor nude, each perpetrator is told that making, having or passing on such an image is
 * a criminal offence, and the conversation records that they were.
 */
public record OffenceMustBeExplained(boolean explained) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.minorNudeInvolved() && !explained) {
            throw new ProtocolViolation(RuleCode.OFFENCE_MUST_BE_EXPLAINED);
        }
    }
}
