package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownChannel;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownOutcome;

import java.time.Instant;

/** Step 5: the image was reported somewhere to be taken offline, and what came of it so far. */
public record TakedownRequested(
        CaseId caseId,
        Instant occurredAt,
        TakedownChannel reportedTo,
        TakedownOutcome outcome) implements CaseFact {
}
