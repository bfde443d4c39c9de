package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** The decision on aangifte, with its reason. */
public record AangifteDecided(
        CaseId caseId,
        Instant occurredAt,
        boolean aangifteFiled,
        PersonalText reason) implements CaseFact {
}
