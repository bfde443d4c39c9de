package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Adds a person to the case with a role; pupils, staff and outsiders alike, by reference.
 */
public record LinkPerson(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef person,
        PersonKind kind,
        PersonRole role) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("person", person)
             .required("kind", kind, RuleCode.PERSON_KIND_MISSING)
             .required("role", role, RuleCode.PERSON_ROLE_MISSING)
             .check(kind == null || role == null || kind == PersonKind.STAFF || role != PersonRole.STAFF_MEMBER,
                     "role", RuleCode.STAFF_MEMBER_ROLE_FOR_STAFF_ONLY);
    }
}
