package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * The "offence explained" conversation and sanctions are for someone suspected of an offence: once the school leader
 * decided an assessment, only those it found suspected (a victim never is); before, a sender or forwarder, as cases
 * recorded before the assessment always had it.
 */
public record IsAPerpetrator(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.isSuspected(person)) {
            throw new ProtocolViolation(RuleCode.NOT_A_PERPETRATOR);
        }
    }
}
