package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** Parents are invited for their child: the person named must be a pupil of the case (any role). */
public record GuardiansAreInvitedForAPupil(PersonRef pupil) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (file.person(pupil).filter(person -> person.kind() == PersonKind.PUPIL).isEmpty()) {
            throw new ProtocolViolation(RuleCode.GUARDIANS_INVITED_FOR_A_PUPIL);
        }
    }
}
