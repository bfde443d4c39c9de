package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 9: the case is closed, with its outcome, an evaluation, and a reason for each step not taken.
 */
public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        Values.Outcome outcome,
        String evaluation,
        java.util.Map<ProtocolStep, String> skippedStepReasons) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("outcome", outcome, RuleCode.OUTCOME_MISSING).text("evaluation", evaluation);
        if (skippedStepReasons != null) {
            skippedStepReasons.forEach((step, reason) -> check.text("skippedStepReasons." + step, reason));
        }
    }
}
