package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.util.Map;

/**
 * The victim's conversation is for a victim: once assessed, whom the assessment found a victim (whatever role they were
 * first listed in); before, whoever is in the victim role.
 */
public record IsAVictim(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.isVictim(person)) {
            throw new ProtocolViolation(RuleCode.WRONG_ROLE, Map.of("role", "victim"));
        }
    }
}
