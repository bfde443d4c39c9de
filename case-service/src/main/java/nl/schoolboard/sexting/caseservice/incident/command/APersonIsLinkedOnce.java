package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

/** A person is part of a case once, with one role; a new part is a role change, with its reason. */
record APersonIsLinkedOnce(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.person(person).isPresent()) {
            throw new ProtocolViolation(RuleCode.PERSON_ALREADY_LINKED);
        }
    }
}
