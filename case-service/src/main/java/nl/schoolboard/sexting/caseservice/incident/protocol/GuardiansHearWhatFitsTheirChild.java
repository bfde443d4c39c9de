package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.GuardianFact;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * A pupil's guardians hear what concerns their child: a victim's parents of the measures and the option to report
 * to the police, a perpetrator's parents of a sanction.
 */
public record GuardiansHearWhatFitsTheirChild(PersonRef pupil, GuardianFact fact) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        boolean fits = file.person(pupil).filter(p -> p.kind() == PersonKind.PUPIL).map(p -> switch (fact) {
            case MEASURES_TAKEN, POLICE_REPORTING_OPTION -> p.role() == PersonRole.VICTIM;
            case SANCTION_IMPOSED -> p.role().isPerpetrator();
        }).orElse(false);
        if (!fits) {
            throw new ProtocolViolation(RuleCode.GUARDIAN_FACT_DOES_NOT_FIT);
        }
    }
}
