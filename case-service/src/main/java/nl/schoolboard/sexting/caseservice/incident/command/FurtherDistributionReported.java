package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** A breach of the ban; sanctions follow in step 3. */
public record FurtherDistributionReported(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        PersonalText description) implements CaseFact {
}
