package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** A person now plays a part in the case. */
public record PersonLinked(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        PersonKind kind,
        PersonRole role) implements CaseFact {
}
