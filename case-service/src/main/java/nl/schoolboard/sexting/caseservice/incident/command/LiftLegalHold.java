package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The legal hold ends; retention applies again. */
public record LiftLegalHold(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
                            Instant occurredAt, String reason) implements ValidatedCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.occurredAt(occurredAt)
             .required("reason", reason, RuleCode.HOLD_LIFT_REASON_MISSING)
             .text("reason", reason);
    }
}
