package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code ReportingDutyTrackOpened}. A staff member is involved: the board's reporting duty applies.
 */
public record ReportingDutyTrackOpenedPayload(
        PersonReference staffMember) implements CaseEventPayload {
}
