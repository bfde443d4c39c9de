package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** The case is under legal hold: retention does not erase it. */
public record LegalHoldPlaced(CaseId caseId, Instant occurredAt, PersonalText reason) implements CaseFact {
}
