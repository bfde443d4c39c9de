package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import java.time.Instant;

/** Step 5: the ban and to whom it applies. */
public record DistributionBanIssued(
        CaseId caseId,
        Instant occurredAt,
        Values.BanScope scope,
        boolean sanctionAnnounced) implements CaseFact {
}
