package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** The legal hold ended. */
public record LegalHoldLifted(CaseId caseId, Instant occurredAt, PersonalText reason) implements CaseFact {
}
