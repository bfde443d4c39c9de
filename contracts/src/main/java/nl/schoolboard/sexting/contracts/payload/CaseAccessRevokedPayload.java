package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code CaseAccessRevoked}. The access given to one person ended before its time.
 */
public record CaseAccessRevokedPayload(
        PersonReference grantee) implements CaseEventPayload {
}
