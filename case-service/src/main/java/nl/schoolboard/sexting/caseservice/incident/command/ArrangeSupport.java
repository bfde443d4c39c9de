package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 1: help for the victim or the parents.
 */
public record ArrangeSupport(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        Values.SupportRecipient recipient,
        Values.SupportKind kind) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("recipient", recipient, RuleCode.SUPPORT_RECIPIENT_MISSING)
             .required("kind", kind, RuleCode.SUPPORT_KIND_MISSING);
    }
}
