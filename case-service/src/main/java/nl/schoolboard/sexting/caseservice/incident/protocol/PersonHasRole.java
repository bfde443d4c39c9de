package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.util.Locale;
import java.util.Map;

/** A step meant for the person in one role (the victim's conversation) is not recorded for someone else. */
public record PersonHasRole(PersonRef person, PersonRole role) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.person(person).map(p -> p.role() != role).orElse(true)) {
            throw new ProtocolViolation(RuleCode.WRONG_ROLE, Map.of("role", role.name().toLowerCase(Locale.ROOT)));
        }
    }
}
