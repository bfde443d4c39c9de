package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;

/** Step 5: a pupil who received or saw the image was spoken to, told to delete it and not to pass it on. */
public record BystanderSpokenTo(
        CaseId caseId,
        Instant occurredAt,
        PersonRef bystander,
        boolean toldToDelete,
        boolean toldNotToShare) implements CaseFact {
}
