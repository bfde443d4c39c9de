package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** The decision on aangifte, with its reason. */
public record AangifteDecided(
        CaseId caseId,
        Instant occurredAt,
        boolean aangifteFiled,
        PersonalText reason) implements CaseFact {
}
