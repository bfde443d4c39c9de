package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** A step is deliberately not taken; the reason is on record. */
public record StepSkipped(
        CaseId caseId,
        Instant occurredAt,
        ProtocolStep step,
        PersonalText reason) implements CaseFact {
}
