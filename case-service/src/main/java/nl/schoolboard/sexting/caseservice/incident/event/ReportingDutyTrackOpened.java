package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;

/**
 * A staff member is involved: the board's reporting duty (meld-, overleg- en aangifteplicht) applies, and the
 * pupil sanction step does not apply to that person.
 */
public record ReportingDutyTrackOpened(CaseId caseId, Instant occurredAt, PersonRef staffMember) implements CaseFact {
}
