package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** Aftercare: one follow-up conversation with the victim was held; how it went stays in the case (encrypted). */
public record AftercareConversationHeld(
        CaseId caseId,
        Instant occurredAt,
        PersonRef victim,
        PersonalText notes) implements CaseFact {
}
