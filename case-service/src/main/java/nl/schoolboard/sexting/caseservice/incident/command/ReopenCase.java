package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * The case is opened again.
 */
public record ReopenCase(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        String reason) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.requiredText("reason", reason, RuleCode.REOPEN_REASON_MISSING);
    }
}
