package nl.schoolboard.sexting.contracts.payload;

import java.util.List;

/**
 * Payload of {@code VictimInterviewed}. Step 1: the conversation with the victim was held (what was said stays in the case service).
 *
 * @param attendeeRoles the roles of the staff who held it; a role recorded as words rather than a code is left out
 */
public record VictimInterviewedPayload(
        PersonReference victim,
        boolean parentsPresent,
        List<Code> attendeeRoles,
        boolean perpetratorsKnown) implements CaseEventPayload {
}
