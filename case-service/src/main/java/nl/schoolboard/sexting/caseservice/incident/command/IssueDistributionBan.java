package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 5: further distribution is forbidden.
 */
public record IssueDistributionBan(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        Values.BanScope scope,
        boolean sanctionAnnounced) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("scope", scope, RuleCode.BAN_SCOPE_MISSING);
    }
}
