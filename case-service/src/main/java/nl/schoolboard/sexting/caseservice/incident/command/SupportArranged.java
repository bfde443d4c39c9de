package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** Help was arranged. */
public record SupportArranged(
        CaseId caseId,
        Instant occurredAt,
        Values.SupportRecipient recipient,
        Values.SupportKind kind) implements CaseFact {
}
