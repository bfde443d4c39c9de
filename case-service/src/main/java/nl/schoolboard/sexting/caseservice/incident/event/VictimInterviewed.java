package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Step 1 held: what worried the victim and parents, whether perpetrators are known, what the school promised.
 * Revision 2: who attended is a list of role codes (was text).
 */
@Revision("2")
public record VictimInterviewed(
        CaseId caseId,
        Instant occurredAt,
        PersonRef victim,
        boolean parentsPresent,
        java.util.List<ConversationRole> attendeeRoles,
        PersonalText concerns,
        boolean perpetratorsKnown,
        PersonalText measuresPromised) implements CaseFact {
}
