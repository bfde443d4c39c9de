package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** Only a staff member can be given the staff-member role: a pupil or an outsider never. */
public record StaffRoleIsForStaff(PersonRef person, PersonRole newRole) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        boolean staff = file.person(person).map(p -> p.kind() == PersonKind.STAFF).orElse(false);
        if (newRole == PersonRole.STAFF_MEMBER && !staff) {
            throw InvalidCommand.of("role", RuleCode.STAFF_MEMBER_ROLE_FOR_STAFF_ONLY);
        }
    }
}
