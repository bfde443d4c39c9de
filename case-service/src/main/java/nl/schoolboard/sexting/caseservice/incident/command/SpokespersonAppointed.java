package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** Step 8: the spokesperson. */
public record SpokespersonAppointed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef staffMember) implements CaseFact {
}
