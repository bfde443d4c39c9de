package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * A person's facts may change as the case unfolds, but not silently: a change to what was recorded says why. The
 * first facts about a person need no reason.
 */
public record FactsChangeWithAReason(PersonRef person, PersonFacts facts, String reason) implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        boolean changes = file.factsOf(person).map(before -> !before.equals(facts)).orElse(false);
        if (changes && (reason == null || reason.isBlank())) {
            throw new ProtocolViolation(RuleCode.FACTS_CHANGE_REASON_MISSING);
        }
    }
}
