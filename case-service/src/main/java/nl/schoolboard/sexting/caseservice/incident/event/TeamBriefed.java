package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Step 6: who was briefed, what was shared, whether and how it is discussed in class. Revision 2: the victim's and the
 * parents' wishes about the class discussion ({@link DiscussionWish#NOT_RECORDED} in events stored before), and why
 * it goes ahead against an objection.
 */
@Revision("2")
public record TeamBriefed(
        CaseId caseId,
        Instant occurredAt,
        java.util.List<PersonRef> staff,
        PersonalText sharedSummary,
        boolean namesShared,
        Values.ClassDiscussion classDiscussion,
        PersonRef discussionLead,
        DiscussionWish victimWish,
        DiscussionWish parentsWish,
        PersonalText discussionReason) implements CaseFact {
}
