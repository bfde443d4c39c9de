package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Places the legal hold ({@code held}: keep this case's data beyond its retention period, for a police investigation
 * or a court case) or lifts it (retention applies again), with the reason either way. One decision about one switch;
 * the case records it as {@code LegalHoldPlaced} or {@code LegalHoldLifted}.
 */
public record ChangeLegalHold(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
                              Instant occurredAt, boolean held, String reason) implements ValidatedCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.occurredAt(occurredAt)
             .requiredText("reason", reason, held ? RuleCode.LEGAL_HOLD_REASON_MISSING : RuleCode.HOLD_LIFT_REASON_MISSING);
    }
}
