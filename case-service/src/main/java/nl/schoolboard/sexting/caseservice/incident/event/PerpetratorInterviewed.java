package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** Step 2 held with one perpetrator. */
public record PerpetratorInterviewed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        boolean pupil,
        boolean parentsPresent,
        boolean offenceExplained,
        PersonalText notes) implements CaseFact {
}
