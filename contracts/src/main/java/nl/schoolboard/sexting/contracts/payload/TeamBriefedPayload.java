package nl.schoolboard.sexting.contracts.payload;

import java.util.List;

/**
 * Payload of {@code TeamBriefed}. Step 6: staff were briefed (what was shared stays in the case service). Schema
 * version 2 adds the victim's and the parents' wishes about the class discussion (why it goes ahead against an
 * objection stays in the case service).
 *
 * @param staff           the staff members briefed
 * @param namesShared     whether pupils were named in the briefing
 * @param classDiscussion whether and how it is discussed in class
 * @param discussionLead  who leads that discussion; null when nobody does
 * @param victimWish      {@code AGREES}, {@code OBJECTS}, {@code NOT_ASKED}, or {@code NOT_RECORDED} for a briefing
 *                        recorded before wishes were asked; null in version 1
 * @param parentsWish     the parents' wish, the same codes
 */
public record TeamBriefedPayload(
        List<PersonReference> staff,
        boolean namesShared,
        Code classDiscussion,
        PersonReference discussionLead,
        Code victimWish,
        Code parentsWish) implements CaseEventPayload {
}
