package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import java.time.Instant;

/** A step is deliberately not taken; the reason is on record. */
public record StepSkipped(
        CaseId caseId,
        Instant occurredAt,
        ProtocolStep step,
        PersonalText reason) implements CaseFact {
}
