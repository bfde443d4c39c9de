package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** Follow-up conversations are with a victim for whom they were planned, i.e. after the first conversation. */
public record AftercareIsPlanned(PersonRef victim) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.aftercarePlannedFor(victim)) {
            throw new ProtocolViolation(RuleCode.NO_AFTERCARE_PLANNED);
        }
    }
}
