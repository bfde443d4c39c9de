package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import java.time.Instant;

/** Where the evidence is. */
public record EvidenceSecured(
        CaseId caseId,
        Instant occurredAt,
        Values.EvidenceLocation location) implements CaseFact {
}
