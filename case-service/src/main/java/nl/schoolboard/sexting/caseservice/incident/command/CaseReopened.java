package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** The case is open again. */
public record CaseReopened(
        CaseId caseId,
        Instant occurredAt,
        PersonalText reason) implements CaseFact {
}
