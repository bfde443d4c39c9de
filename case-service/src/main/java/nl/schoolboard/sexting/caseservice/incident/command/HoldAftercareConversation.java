package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Aftercare: a follow-up conversation with the victim was held, one of those planned after the first conversation.
 *
 * @param notes           how it went, optional; kept encrypted in the case, never published
 */
public record HoldAftercareConversation(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef victim,
        String notes) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("victim", victim).text("notes", notes);
    }
}
