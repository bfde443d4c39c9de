package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** A person is part of a case once, with one role; a new part is a role change, with its reason. */
public record APersonIsLinkedOnce(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.person(person).isPresent()) {
            throw new ProtocolViolation(RuleCode.PERSON_ALREADY_LINKED);
        }
    }
}
