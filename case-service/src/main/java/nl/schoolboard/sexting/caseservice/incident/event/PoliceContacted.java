package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Step 4: police contact and the decision. Revision 2: the deciding role is a code (was text). Revision 3: the
 * victim's and the parents' wishes beside it ({@link ReportWish#NOT_RECORDED} in events stored before).
 */
@Revision("3")
public record PoliceContacted(
        CaseId caseId,
        Instant occurredAt,
        Values.PoliceDecision decision,
        ConversationRole decidedByRole,
        String policeReference,
        ReportWish victimWish,
        ReportWish parentsWish) implements CaseFact {
}
