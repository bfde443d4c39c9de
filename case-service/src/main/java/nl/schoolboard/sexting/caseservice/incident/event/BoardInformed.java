package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/** The board knows. */
public record BoardInformed(
        CaseId caseId,
        Instant occurredAt) implements CaseFact {
}
