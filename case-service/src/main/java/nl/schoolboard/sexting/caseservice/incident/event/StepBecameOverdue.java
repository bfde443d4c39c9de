package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import java.time.Instant;

/** A step passed its due time without being taken or skipped. Raised once per step and due time. */
public record StepBecameOverdue(CaseId caseId, ProtocolStep step, Instant dueAt) implements CaseFact {

    @Override
    public Instant occurredAt() {
        return dueAt;
    }
}
