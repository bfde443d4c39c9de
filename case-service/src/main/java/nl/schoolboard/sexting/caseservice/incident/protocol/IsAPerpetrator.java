package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * Conversations with perpetrators and sanctions are for a sender or forwarder: someone whose role changed away from
 * that (with a reason) is not heard or sanctioned as one.
 */
public record IsAPerpetrator(PersonRef person) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.person(person).map(p -> p.role().isPerpetrator()).orElse(false)) {
            throw new ProtocolViolation(RuleCode.NOT_A_PERPETRATOR);
        }
    }
}
