package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 5: the material went round again despite the ban.
 */
public record ReportFurtherDistribution(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef person,
        String description) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        if (person != null) {
            check.person("person", person);
        }
        check.text("description", description);
    }
}
