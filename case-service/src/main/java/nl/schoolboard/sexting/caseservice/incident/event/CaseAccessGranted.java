package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;

/** One person may read this case until {@code until}. */
public record CaseAccessGranted(CaseId caseId, Instant occurredAt, PersonRef grantee, Instant until) implements CaseFact {
}
