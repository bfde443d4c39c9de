package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** Step 8: the approved statement. */
public record PressStatementPrepared(
        CaseId caseId,
        Instant occurredAt,
        String text,
        String approvedByRole) implements CaseFact {
}
