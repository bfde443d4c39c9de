package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 4: the victim and parents were told they can report to the police themselves.
 */
public record InformVictimOfReportingOption(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        boolean parentsInformed) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        // no fields beyond when it happened
    }
}
