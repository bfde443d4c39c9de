package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** A staff member who sent or forwarded the image gets no pupil sanction: the board's reporting duty applies. */
public record StaffMemberIsNotSanctionedAsPupil(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.person(person).map(p -> p.kind() == PersonKind.STAFF).orElse(false)) {
            throw new ProtocolViolation(RuleCode.STAFF_MEMBER_NOT_SANCTIONED_AS_PUPIL);
        }
    }
}
