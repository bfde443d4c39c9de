package nl.schoolboard.sexting.contracts.payload;

/** Payload of {@code SextortionTrackOpened}: police at once, evidence with the victim, help sites, no contact. */
public record SextortionTrackOpenedPayload() implements CaseEventPayload {
}
