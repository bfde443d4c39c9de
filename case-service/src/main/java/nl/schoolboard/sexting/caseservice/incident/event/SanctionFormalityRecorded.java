package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;

import java.time.Instant;

/** A formality of a pupil's sanction was done: the written decision sent, the Inspectie informed. */
public record SanctionFormalityRecorded(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        SanctionFormality formality) implements CaseFact {
}
