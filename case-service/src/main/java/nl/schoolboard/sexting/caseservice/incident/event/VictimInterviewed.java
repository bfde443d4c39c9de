package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** Step 1 held: what worried the victim and parents, whether perpetrators are known, what the school promised. */
public record VictimInterviewed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef victim,
        boolean parentsPresent,
        java.util.List<String> attendeeRoles,
        PersonalText concerns,
        boolean perpetratorsKnown,
        PersonalText measuresPromised) implements CaseFact {
}
