package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/**
 * Reporting-duty track: before filing a report (aangifte), the board told the staff member and the pupil's parents
 * that it will (their objections do not release the board).
 */
public record AangifteAnnounced(
        CaseId caseId,
        Instant occurredAt,
        boolean staffMemberTold,
        boolean parentsTold) implements CaseFact {
}
