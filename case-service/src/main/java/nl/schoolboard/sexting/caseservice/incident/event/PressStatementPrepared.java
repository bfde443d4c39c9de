package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/** Step 8: the approved statement. */
public record PressStatementPrepared(
        CaseId caseId,
        Instant occurredAt,
        String text,
        String approvedByRole) implements CaseFact {
}
