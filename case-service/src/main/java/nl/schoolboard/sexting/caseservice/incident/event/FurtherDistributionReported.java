package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** A breach of the ban; sanctions follow in step 3. */
public record FurtherDistributionReported(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        PersonalText description) implements CaseFact {
}
