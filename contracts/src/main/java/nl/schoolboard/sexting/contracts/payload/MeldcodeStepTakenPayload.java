package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code MeldcodeStepTaken}. A step of the Meldcode huiselijk geweld en kindermishandeling.
 *
 * @param step      {@code SIGNS_MAPPED}, {@code CONSULTED}, {@code CONVERSATION_HELD}, {@code WEIGHED}, {@code DECIDED}
 * @param byRole    e.g. {@code AANDACHTSFUNCTIONARIS}
 * @param decision  at {@code DECIDED} only: {@code REPORT_TO_VEILIG_THUIS}, {@code HELP_ORGANISED}, {@code REPORT_AND_HELP}
 */
public record MeldcodeStepTakenPayload(
        Code step,
        Code byRole,
        boolean veiligThuisConsulted,
        Code decision) implements CaseEventPayload {
}
