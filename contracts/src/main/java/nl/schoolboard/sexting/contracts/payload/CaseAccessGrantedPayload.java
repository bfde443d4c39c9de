package nl.schoolboard.sexting.contracts.payload;

import java.time.Instant;

/**
 * Payload of {@code CaseAccessGranted}. One person may read the case until a given moment.
 */
public record CaseAccessGrantedPayload(
        PersonReference grantee,
        Instant until) implements CaseEventPayload {
}
