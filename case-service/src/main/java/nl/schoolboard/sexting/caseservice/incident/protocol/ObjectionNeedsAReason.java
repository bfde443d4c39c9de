package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * The incident may be discussed in class although the victim or the parents object (the school weighs calm at school
 * too), but then the school leader says why: the victim's voice is heard even where it is overruled.
 */
public record ObjectionNeedsAReason(boolean againstAnObjection, String reason) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (againstAnObjection && (reason == null || reason.isBlank())) {
            throw new ProtocolViolation(RuleCode.CLASS_DISCUSSION_AGAINST_OBJECTION_NEEDS_REASON);
        }
    }
}
