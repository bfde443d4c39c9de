package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import java.time.Instant;
import java.util.Map;

/** The due time of each step that has one, set when the case opens from the board's deadline policy. */
public record DeadlinesSet(CaseId caseId, Instant occurredAt, Map<ProtocolStep, Instant> dueAt) implements CaseFact {
}
