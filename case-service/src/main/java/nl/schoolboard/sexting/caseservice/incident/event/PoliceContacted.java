package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import java.time.Instant;

/** Step 4: police contact and the decision. */
public record PoliceContacted(
        CaseId caseId,
        Instant occurredAt,
        Values.PoliceDecision decision,
        String decidedByRole,
        String policeReference) implements CaseFact {
}
