package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import java.time.Instant;

/** Step 6: who was briefed, what was shared, whether and how it is discussed in class. */
public record TeamBriefed(
        CaseId caseId,
        Instant occurredAt,
        java.util.List<PersonRef> staff,
        PersonalText sharedSummary,
        boolean namesShared,
        Values.ClassDiscussion classDiscussion,
        PersonRef discussionLead) implements CaseFact {
}
