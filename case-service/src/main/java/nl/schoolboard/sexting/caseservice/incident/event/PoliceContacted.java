package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.Values;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Step 4: police contact and the decision. Revision 2: the deciding role is a code (was text). */
@Revision("2")
public record PoliceContacted(
        CaseId caseId,
        Instant occurredAt,
        Values.PoliceDecision decision,
        ConversationRole decidedByRole,
        String policeReference) implements CaseFact {
}
