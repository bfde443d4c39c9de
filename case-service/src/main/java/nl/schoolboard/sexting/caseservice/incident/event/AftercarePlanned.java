package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;
import java.util.List;

/**
 * Aftercare: after the first conversation with a victim, the follow-up conversations are planned, each due a set
 * number of school days later (board setting {@code case.deadlines.aftercare-school-days}).
 */
public record AftercarePlanned(
        CaseId caseId,
        Instant occurredAt,
        PersonRef victim,
        List<Instant> conversationsDue) implements CaseFact {
}
