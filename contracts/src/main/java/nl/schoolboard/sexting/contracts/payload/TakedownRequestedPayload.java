package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code TakedownRequested}. Step 5: the image was reported to be taken offline (when: the event's
 * {@code occurredAt}).
 *
 * @param reportedTo {@code PLATFORM_REPORT}, {@code MELDPUNT_KINDERPORNO}, {@code HELPWANTED} or {@code POLICE}
 * @param outcome    {@code PENDING}, {@code REMOVED}, {@code REFUSED} or {@code NOT_FOUND}
 */
public record TakedownRequestedPayload(
        Code reportedTo,
        Code outcome) implements CaseEventPayload {
}
