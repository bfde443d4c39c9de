package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** One person's role changed, with the reason. */
public record PersonRoleChanged(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        PersonRole from,
        PersonRole to,
        PersonalText reason) implements CaseFact {
}
