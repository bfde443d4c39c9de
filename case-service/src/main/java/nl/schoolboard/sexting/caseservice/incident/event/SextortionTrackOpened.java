package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/**
 * The assessment found extortion or an adult outsider: police contact is due at once (in hours), the evidence stays
 * with the victim, the victim is pointed to help sites and told to have no contact with the extorter.
 */
public record SextortionTrackOpened(
        CaseId caseId,
        Instant occurredAt) implements CaseFact {
}
