package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.GuardianFact;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;

/** The guardians of one pupil are to be told one fact. */
public record GuardiansInformed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef pupil,
        GuardianFact fact) implements CaseFact {
}
