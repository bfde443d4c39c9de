package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code VictimInformedOfReportingOption}. The victim knows they can report to the police.
 */
public record VictimInformedOfReportingOptionPayload(
        boolean parentsInformed) implements CaseEventPayload {
}
