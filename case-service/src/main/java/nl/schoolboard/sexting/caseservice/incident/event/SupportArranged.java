package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import java.time.Instant;

/** Help was arranged. */
public record SupportArranged(
        CaseId caseId,
        Instant occurredAt,
        Values.SupportRecipient recipient,
        Values.SupportKind kind) implements CaseFact {
}
