package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;

/** Step 8: the spokesperson. */
public record SpokespersonAppointed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef staffMember) implements CaseFact {
}
