package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.time.Instant;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;

/**
 * What is known of a person in the case: their acts, consent, age, who they are to the school, their school's sector.
 * Recorded again, as a whole, when it changes; a change says why.
 *
 * @param occurredAt      when it became known; may lie in the past, never in the future
 */
public record RecordPersonFacts(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef person,
        PersonFacts facts,
        String reason) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("person", person)
             .required("facts", facts, RuleCode.PERSON_FACTS_MISSING)
             .text("reason", reason);
        if (facts != null) {
            check.required("facts.acts", facts.acts(), RuleCode.PERSON_ACTS_MISSING)
                 .required("facts.affiliation", facts.affiliation(), RuleCode.AFFILIATION_MISSING)
                 .check(facts.age() == null || (facts.age() >= 0 && facts.age() <= 120), "facts.age", RuleCode.AGE_OUT_OF_RANGE);
            for (int i = 0; i < facts.sharedWith().size(); i++) {
                check.person("facts.sharedWith[" + i + "]", facts.sharedWith().get(i));
            }
        }
    }
}
