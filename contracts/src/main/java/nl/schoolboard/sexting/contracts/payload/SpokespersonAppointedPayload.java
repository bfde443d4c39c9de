package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code SpokespersonAppointed}. Step 8: the spokesperson for the press.
 */
public record SpokespersonAppointedPayload(
        PersonReference staffMember) implements CaseEventPayload {
}
