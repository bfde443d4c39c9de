package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** The case is open again. */
public record CaseReopened(
        CaseId caseId,
        Instant occurredAt,
        PersonalText reason) implements CaseFact {
}
