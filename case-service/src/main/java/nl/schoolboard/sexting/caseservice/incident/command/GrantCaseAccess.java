package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * The school leader gives one person (by user id) access to this case until a moment, e.g. an external care worker
 * or a teacher who must know. The access ends by itself.
 */
public record GrantCaseAccess(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef grantee,
        Instant until) implements StepCommand {

    /** At most 90 days: access for a limited time, ending by itself. */
    static final java.time.Duration LONGEST_GRANT = java.time.Duration.ofDays(90);

    @Override
    public void checkFields(FieldCheck check) {
        check.person("grantee", grantee)
             .required("until", until, RuleCode.ACCESS_UNTIL_MISSING)
             .check(until == null || until.isAfter(check.now()), "until", RuleCode.ACCESS_MUST_END_IN_FUTURE);
        if (until != null && until.isAfter(check.now().plus(LONGEST_GRANT))) {
            check.add("until", RuleCode.ACCESS_TOO_LONG.with(java.util.Map.of("days", LONGEST_GRANT.toDays())));
        }
    }
}
