package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code PersonLinked}. A person now plays a part in the case.
 *
 * @param kind {@code PUPIL}, {@code STAFF} or {@code OUTSIDER}
 * @param role the part they play, e.g. {@code FORWARDER}
 */
public record PersonLinkedPayload(
        PersonReference person,
        Code kind,
        Code role) implements CaseEventPayload {
}
