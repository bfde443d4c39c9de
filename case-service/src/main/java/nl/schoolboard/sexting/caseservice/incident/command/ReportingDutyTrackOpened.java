package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/**
 * A staff member is involved: the board's reporting duty (meld-, overleg- en aangifteplicht) applies, and the
 * pupil sanction step does not apply to that person.
 */
public record ReportingDutyTrackOpened(CaseId caseId, Instant occurredAt, PersonRef staffMember) implements CaseFact {
}
