package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 8: an approved statement, never with names or details of pupils.
 */
public record PreparePressStatement(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        String text,
        String approvedByRole) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.requiredText("text", text, RuleCode.PRESS_STATEMENT_MISSING)
             .requiredRole("approvedByRole", approvedByRole, RuleCode.PRESS_STATEMENT_APPROVER_MISSING);
    }

    /** The approving role as a code; only after {@link #checkFields} passed. */
    public ConversationRole approvingRole() {
        return ConversationRole.chosen(approvedByRole).orElseThrow();
    }
}
