package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code GuardiansInformed}. The guardians of one pupil are to be told one fact; the only event that reaches guardians.
 *
 * @param fact what they are told, e.g. {@code MEASURES_TAKEN}
 */
public record GuardiansInformedPayload(
        PersonReference pupil,
        Code fact) implements CaseEventPayload {
}
