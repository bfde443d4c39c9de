package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * A formality belongs to the sanction it is about: the letter and the Inspectie report to a suspension, the expulsion
 * procedure's steps to a pupil in that procedure, taken in the law's order (heard, Inspectie consulted, another school
 * found).
 */
public record FormalityFitsTheSanction(PersonRef person, SanctionFormality formality) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!formality.isExpulsionStep()) {
            new WasSuspended(person).check(file);
            return;
        }
        if (!file.inExpulsionProcedure(person)) {
            throw new ProtocolViolation(RuleCode.NO_EXPULSION_PROCEDURE);
        }
        file.nextExpulsionStep(person).filter(next -> next != formality)
                .filter(next -> SanctionFormality.EXPULSION_STEPS.indexOf(next) < SanctionFormality.EXPULSION_STEPS.indexOf(formality))
                .ifPresent(next -> {
                    throw new ProtocolViolation(RuleCode.EXPULSION_STEP_OUT_OF_ORDER);
                });
    }
}
