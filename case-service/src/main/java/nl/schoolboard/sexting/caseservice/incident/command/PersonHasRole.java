package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;

import java.util.Locale;
import java.util.Map;

/** A step meant for the person in one role (the victim's conversation) is not recorded for someone else. */
record PersonHasRole(PersonRef person, PersonRole role) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.person(person).map(p -> p.role() != role).orElse(true)) {
            throw new ProtocolViolation(RuleCode.WRONG_ROLE, Map.of("role", role.name().toLowerCase(Locale.ROOT)));
        }
    }
}
