package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;

/** The personal texts of {@code subject} in this case (or of the whole case when null) are to be unreadable from now on. */
public record PersonalDataErased(CaseId caseId, Instant occurredAt, PersonRef subject, ErasureReason reason)
        implements CaseFact {
}
