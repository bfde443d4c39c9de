package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code PersonalDataErased}. Personal texts of the case are erased: of one person, or of the whole case.
 *
 * @param subject whose texts; null when those of the whole case
 * @param reason  {@code RETENTION} or {@code SUBJECT_REQUEST}
 */
public record PersonalDataErasedPayload(
        PersonReference subject,
        Code reason) implements CaseEventPayload {
}
