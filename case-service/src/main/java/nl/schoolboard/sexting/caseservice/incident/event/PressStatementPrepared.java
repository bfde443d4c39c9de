package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Step 8: the approved statement. Revision 2: the approving role is a code (was text). */
@Revision("2")
public record PressStatementPrepared(
        CaseId caseId,
        Instant occurredAt,
        String text,
        ConversationRole approvedByRole) implements CaseFact {
}
