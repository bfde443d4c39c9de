package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.time.Instant;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;

/**
 * A formality of a pupil's suspension was done: the written decision sent to pupil and parents, or the Inspectie
 * informed.
 */
public record RecordSanctionFormality(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef person,
        SanctionFormality formality) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("person", person).required("formality", formality, RuleCode.FORMALITY_MISSING);
    }
}
