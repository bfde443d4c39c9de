package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code BystanderSpokenTo}. Step 5: a pupil who received or saw the image was spoken to.
 *
 * @param bystander      the pupil spoken to
 * @param toldToDelete   told to delete the image
 * @param toldNotToShare told not to pass it on
 */
public record BystanderSpokenToPayload(
        PersonReference bystander,
        boolean toldToDelete,
        boolean toldNotToShare) implements CaseEventPayload {
}
