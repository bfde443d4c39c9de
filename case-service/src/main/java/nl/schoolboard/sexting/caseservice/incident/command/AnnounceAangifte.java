package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.time.Instant;

/**
 * Reporting-duty track: before filing a report (aangifte) the board tells the staff member and the pupil's parents.
 * Both are required; the parents' objection does not release the board.
 *
 * @param occurredAt      when they were told; may lie in the past, never in the future
 */
public record AnnounceAangifte(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        boolean staffMemberTold,
        boolean parentsTold) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.check(staffMemberTold, "staffMemberTold", RuleCode.STAFF_MEMBER_NOT_TOLD)
             .check(parentsTold, "parentsTold", RuleCode.PARENTS_NOT_TOLD);
    }
}
