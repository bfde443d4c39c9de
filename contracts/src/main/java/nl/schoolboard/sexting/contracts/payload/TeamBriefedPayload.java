package nl.schoolboard.sexting.contracts.payload;

import java.util.List;

/**
 * Payload of {@code TeamBriefed}. Step 6: staff were briefed (what was shared stays in the case service).
 *
 * @param staff           the staff members briefed
 * @param namesShared     whether pupils were named in the briefing
 * @param classDiscussion whether and how it is discussed in class
 * @param discussionLead  who leads that discussion; null when nobody does
 */
public record TeamBriefedPayload(
        List<PersonReference> staff,
        boolean namesShared,
        Code classDiscussion,
        PersonReference discussionLead) implements CaseEventPayload {
}
