package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** A step about a person needs that person linked to the case first; the field that names them is refused. */
public record PersonIsInTheCase(PersonRef person, String field) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.person(person).isEmpty()) {
            throw InvalidCommand.of(field, RuleCode.PERSON_NOT_IN_CASE);
        }
    }
}
