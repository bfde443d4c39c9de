package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * A decision not to take a protocol step, with its reason.
 *
 * @param expectedVersion the case version the user saw, or null; a stale one is refused
 * @param occurredAt      when it happened; may lie in the past, never in the future
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
