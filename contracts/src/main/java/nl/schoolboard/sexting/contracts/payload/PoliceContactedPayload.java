package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code PoliceContacted}. Step 4: the police were contacted, and what was decided (their reference stays in the case service).
 *
 * @param decision      {@code AANGIFTE}, {@code MELDING} or {@code ADVICE_ONLY}
 * @param decidedByRole the role of who decided; null when it was recorded as words rather than a code
 */
public record PoliceContactedPayload(
        Code decision,
        Code decidedByRole) implements CaseEventPayload {
}
