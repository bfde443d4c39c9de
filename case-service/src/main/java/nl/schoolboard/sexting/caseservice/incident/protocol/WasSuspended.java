package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** A suspension's formalities are recorded for a pupil who was suspended. */
public record WasSuspended(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.wasSuspended(person)) {
            throw new ProtocolViolation(RuleCode.NO_SUSPENSION);
        }
    }
}
