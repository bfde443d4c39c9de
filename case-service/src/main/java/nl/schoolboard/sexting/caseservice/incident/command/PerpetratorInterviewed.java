package nl.schoolboard.sexting.caseservice.incident.command;

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
