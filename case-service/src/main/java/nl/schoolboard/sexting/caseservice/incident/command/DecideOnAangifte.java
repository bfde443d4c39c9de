package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Reporting-duty track: the board decided whether to file a complaint (aangifte).
 */
public record DecideOnAangifte(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        boolean aangifteFiled,
        String reason) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.requiredText("reason", reason, RuleCode.AANGIFTE_REASON_MISSING);
    }
}
