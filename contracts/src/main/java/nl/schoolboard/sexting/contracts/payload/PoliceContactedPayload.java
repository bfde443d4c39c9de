package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code PoliceContacted}. Step 4: the police were contacted, and what was decided (their reference stays in the case service).
 * Schema version 2 adds the victim's and the parents' wishes.
 *
 * @param decision      {@code AANGIFTE}, {@code MELDING} or {@code ADVICE_ONLY}
 * @param decidedByRole the role of who decided; null when it was recorded as words rather than a code
 * @param victimWish    what the victim wanted: {@code WANTS_REPORT}, {@code DOES_NOT_WANT}, {@code NOT_ASKED}, or
 *                      {@code NOT_RECORDED} for a decision recorded before wishes were asked; null in version 1
 * @param parentsWish   what the parents wanted, the same codes
 */
public record PoliceContactedPayload(
        Code decision,
        Code decidedByRole,
        Code victimWish,
        Code parentsWish) implements CaseEventPayload {
}
