package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** The legal hold ended. */
public record LegalHoldLifted(CaseId caseId, Instant occurredAt, PersonalText reason) implements CaseFact {
}
