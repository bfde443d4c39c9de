package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import java.time.Instant;

/** The case is closed. */
public record CaseClosed(
        CaseId caseId,
        Instant occurredAt,
        Values.Outcome outcome,
        PersonalText evaluation,
        java.util.Map<ProtocolStep, PersonalText> skippedStepReasons) implements CaseFact {
}
