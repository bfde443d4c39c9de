package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * The school leader ends a person's access to this case before the moment it was given until: the care worker's
 * part is over, or the access went to the wrong person.
 *
 * @param grantee the user id the access was given to; checked only for the shape any stored reference has, so that
 *                a grant recorded before references needed a number can still be revoked
 */
public record RevokeCaseAccess(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef grantee) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.check(grantee != null && PersonRef.isWellFormed(grantee.value()), "grantee",
                nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode.PERSON_REF_MALFORMED);
    }
}
