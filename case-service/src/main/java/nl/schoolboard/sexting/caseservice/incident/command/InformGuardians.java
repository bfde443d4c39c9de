package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.GuardianFact;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * The school decided to inform specific guardians of a specific fact.
 */
public record InformGuardians(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef pupil,
        GuardianFact fact) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("pupil", pupil).required("fact", fact, RuleCode.GUARDIAN_FACT_MISSING);
    }
}
