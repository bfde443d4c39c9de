package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import java.time.Instant;

/** Step 3: a sanction, its period and its reason. */
public record SanctionImposed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        Values.SanctionKind kind,
        java.time.LocalDate from,
        java.time.LocalDate until,
        PersonalText reason) implements CaseFact {
}
