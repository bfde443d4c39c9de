package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.time.Instant;
import java.util.List;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFinding;

/**
 * The school leader decides the assessment the system proposes from the people's facts: as proposed, or with other
 * findings for some people, and whether the Meldcode applies (the facts do not tell; the system proposes it does not).
 * Any deviation needs a reason.
 *
 * @param deviations      per person whose findings the leader decides otherwise, the findings decided
 * @param occurredAt      when it was decided; may lie in the past, never in the future
 */
public record DecideOnAssessment(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        List<PersonFinding> deviations,
        boolean meldcodeApplies,
        String reason) implements StepCommand {

    public DecideOnAssessment {
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
    }

    @Override
    public void checkFields(FieldCheck check) {
        for (int i = 0; i < deviations.size(); i++) {
            check.person("deviations[" + i + "].person", deviations.get(i).person());
        }
        check.text("reason", reason);
    }
}
