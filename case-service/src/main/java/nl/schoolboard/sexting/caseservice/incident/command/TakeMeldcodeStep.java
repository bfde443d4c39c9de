package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeDecision;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Meldcode track: one of its five steps was taken, in order.
 *
 * @param byRole          who took it: a role code, as a rule {@code AANDACHTSFUNCTIONARIS}
 * @param decision        at step 5 (DECIDED) only, and required there
 */
public record TakeMeldcodeStep(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        MeldcodeStep step,
        String byRole,
        boolean veiligThuisConsulted,
        MeldcodeDecision decision) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("step", step, RuleCode.MELDCODE_STEP_MISSING)
             .requiredRole("byRole", byRole, RuleCode.MELDCODE_ROLE_MISSING)
             .check(step != MeldcodeStep.DECIDED || decision != null, "decision", RuleCode.MELDCODE_DECISION_MISSING);
    }
}
