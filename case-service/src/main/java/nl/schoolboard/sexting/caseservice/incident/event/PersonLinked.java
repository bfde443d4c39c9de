package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;

import java.time.Instant;

/** A person now plays a part in the case. */
public record PersonLinked(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        PersonKind kind,
        PersonRole role) implements CaseFact {
}
