package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 3: a sanction for one pupil in a perpetrator role.
 */
public record ImposeSanction(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef person,
        Values.SanctionKind kind,
        java.time.LocalDate from,
        java.time.LocalDate until,
        String reason) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("person", person)
             .required("kind", kind, RuleCode.SANCTION_KIND_MISSING)
             .requiredText("reason", reason, RuleCode.SANCTION_REASON_MISSING)
             .check(from == null || until == null || !until.isBefore(from), "until", RuleCode.SANCTION_ENDS_BEFORE_START);
    }
}
