package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** The board knows. */
public record BoardInformed(
        CaseId caseId,
        Instant occurredAt) implements CaseFact {
}
