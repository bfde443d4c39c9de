package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** The guardians of one pupil are to be told one fact. */
public record GuardiansInformed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef pupil,
        GuardianFact fact) implements CaseFact {
}
