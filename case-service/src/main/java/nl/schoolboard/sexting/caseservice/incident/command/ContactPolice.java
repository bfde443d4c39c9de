package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 4: the police were contacted; the school decided on aangifte, melding or advice only, with the victim's and the
 * parents' wishes beside the decision (each a code: wants a report, does not, or was not asked).
 */
public record ContactPolice(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        Values.PoliceDecision decision,
        String decidedByRole,
        String policeReference,
        ReportWish victimWish,
        ReportWish parentsWish) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("decision", decision, RuleCode.POLICE_DECISION_MISSING)
             .requiredRole("decidedByRole", decidedByRole, RuleCode.POLICE_DECIDED_BY_MISSING)
             .check(policeReference == null || policeReference.matches("[A-Za-z0-9 /-]{1,40}"), "policeReference",
                     RuleCode.POLICE_REFERENCE_MALFORMED)
             .wish("victimWish", victimWish, RuleCode.VICTIM_WISH_MISSING)
             .wish("parentsWish", parentsWish, RuleCode.PARENTS_WISH_MISSING);
    }

    /** The deciding role as a code; only after {@link #checkFields} passed. */
    public ConversationRole decidingRole() {
        return ConversationRole.chosen(decidedByRole).orElseThrow();
    }
}
