package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Reporting-duty track: the confidential inspector (vertrouwensinspecteur) was consulted.
 */
public record ConsultConfidentialInspector(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        // no fields beyond when it happened
    }
}
