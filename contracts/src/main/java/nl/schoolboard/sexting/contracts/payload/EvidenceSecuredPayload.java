package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code EvidenceSecured}. Where the evidence is; never with the school.
 *
 * @param location e.g. {@code WITH_POLICE}
 */
public record EvidenceSecuredPayload(
        Code location) implements CaseEventPayload {
}
