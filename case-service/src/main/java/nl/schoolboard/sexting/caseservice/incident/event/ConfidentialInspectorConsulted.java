package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/** The confidential inspector was consulted. */
public record ConfidentialInspectorConsulted(
        CaseId caseId,
        Instant occurredAt) implements CaseFact {
}
