package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * A decision not to take a protocol step, with its reason.
 */
public record SkipStep(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        ProtocolStep step,
        String reason) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("step", step, RuleCode.SKIPPED_STEP_MISSING)
             .requiredText("reason", reason, RuleCode.SKIP_REASON_MISSING);
    }
}
