package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 2: the conversation with one perpetrator (and their parents, if a pupil).
 */
public record InterviewPerpetrator(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef person,
        boolean parentsPresent,
        boolean offenceExplained,
        String notes) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("person", person).text("notes", notes);
    }
}
