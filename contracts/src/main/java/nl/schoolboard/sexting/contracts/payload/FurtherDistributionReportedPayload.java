package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code FurtherDistributionReported}. The ban was broken (the description stays in the case service).
 *
 * @param person who distributed further
 */
public record FurtherDistributionReportedPayload(
        PersonReference person) implements CaseEventPayload {
}
