package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * A bystander conversation is for someone whose facts say they received or saw the image, and who is neither the
 * victim nor suspected (those have conversations of their own).
 */
public record IsABystander(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.isBystander(person)) {
            throw new ProtocolViolation(RuleCode.NOT_A_BYSTANDER);
        }
    }
}
