package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code DistributionBanIssued}. Step 5: further distribution is forbidden.
 *
 * @param scope             to whom: {@code CLASS}, {@code YEAR_GROUP} or {@code SCHOOL}
 * @param sanctionAnnounced whether a sanction on breaking the ban was announced
 */
public record DistributionBanIssuedPayload(
        Code scope,
        boolean sanctionAnnounced) implements CaseEventPayload {
}
