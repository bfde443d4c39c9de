package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationPlace;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;
import java.util.List;

/**
 * The guardians of one pupil are invited to a conversation with the school: when, where (a code) and with whom (the
 * roles taking part). Victim's and suspected pupil's parents alike; the protocol has the school talk with both.
 */
public record GuardiansInvited(
        CaseId caseId,
        Instant occurredAt,
        PersonRef pupil,
        Instant conversationAt,
        ConversationPlace place,
        List<ConversationRole> hosts) implements CaseFact {
}
