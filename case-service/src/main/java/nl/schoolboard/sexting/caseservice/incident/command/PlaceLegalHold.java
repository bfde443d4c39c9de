package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Keep this case's data beyond its retention period (a police investigation, a court case), with the reason. */
public record PlaceLegalHold(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
                             Instant occurredAt, String reason) implements ValidatedCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.occurredAt(occurredAt)
             .required("reason", reason, RuleCode.LEGAL_HOLD_REASON_MISSING)
             .text("reason", reason);
    }
}
