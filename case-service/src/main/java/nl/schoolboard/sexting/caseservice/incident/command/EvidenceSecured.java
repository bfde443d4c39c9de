package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** Where the evidence is. */
public record EvidenceSecured(
        CaseId caseId,
        Instant occurredAt,
        Values.EvidenceLocation location) implements CaseFact {
}
