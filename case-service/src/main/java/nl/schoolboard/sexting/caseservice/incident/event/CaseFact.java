package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/** A domain event of the incident case: something that happened, on a given moment, to one case. */
public interface CaseFact {

    CaseId caseId();

    /** When it happened in the world, as the user told us. The moment it was recorded is the event's timestamp. */
    Instant occurredAt();
}
