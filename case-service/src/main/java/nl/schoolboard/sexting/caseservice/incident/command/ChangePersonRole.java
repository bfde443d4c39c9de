package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Gives one person another role; nobody else's role changes.
 */
public record ChangePersonRole(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef person,
        PersonRole role,
        String reason) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("person", person)
             .required("role", role, RuleCode.NEW_ROLE_MISSING)
             .requiredText("reason", reason, RuleCode.ROLE_CHANGE_REASON_MISSING);
    }
}
