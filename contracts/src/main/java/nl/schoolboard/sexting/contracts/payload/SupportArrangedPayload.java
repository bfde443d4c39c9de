package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code SupportArranged}. Help was arranged after the victim conversation.
 *
 * @param recipient {@code VICTIM} or {@code PARENTS}
 * @param kind      where the help comes from, e.g. {@code GGD}
 */
public record SupportArrangedPayload(
        Code recipient,
        Code kind) implements CaseEventPayload {
}
