package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** The confidential inspector was consulted. */
public record ConfidentialInspectorConsulted(
        CaseId caseId,
        Instant occurredAt) implements CaseFact {
}
