package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/** The victim (and parents) know their reporting option. */
public record VictimInformedOfReportingOption(
        CaseId caseId,
        Instant occurredAt,
        boolean parentsInformed) implements CaseFact {
}
