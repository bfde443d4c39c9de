package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;

/** The access to this case given to one person ended before its time. */
public record CaseAccessRevoked(CaseId caseId, Instant occurredAt, PersonRef grantee) implements CaseFact {
}
