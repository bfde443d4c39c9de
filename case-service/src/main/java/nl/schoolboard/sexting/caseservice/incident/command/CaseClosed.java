package nl.schoolboard.sexting.caseservice.incident.command;

import java.time.Instant;

/** The case is closed. */
public record CaseClosed(
        CaseId caseId,
        Instant occurredAt,
        Values.Outcome outcome,
        PersonalText evaluation,
        java.util.Map<ProtocolStep, PersonalText> skippedStepReasons) implements CaseFact {
}
