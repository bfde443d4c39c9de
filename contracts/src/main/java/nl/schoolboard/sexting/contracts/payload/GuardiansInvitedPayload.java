package nl.schoolboard.sexting.contracts.payload;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code GuardiansInvited}. The guardians of one pupil are invited to a conversation with the school. Codes
 * and a moment only: the school's address and the reply address come from notification-service's directory.
 *
 * @param conversationAt when the conversation is held
 * @param place          {@code AT_SCHOOL}, {@code ONLINE} or {@code BY_PHONE}
 * @param hosts          the roles taking part for the school, e.g. {@code MENTOR}, {@code CARE_COORDINATOR}
 */
public record GuardiansInvitedPayload(
        PersonReference pupil,
        Instant conversationAt,
        Code place,
        List<Code> hosts) implements CaseEventPayload {
}
