package nl.schoolboard.sexting.contracts.payload;

/**
 * Payload of {@code PerpetratorInterviewed}. Step 2: the conversation with one perpetrator was held (the notes stay in the case service).
 *
 * @param pupil            whether the person is a pupil of the school
 * @param offenceExplained whether it was explained that this is a criminal offence
 */
public record PerpetratorInterviewedPayload(
        PersonReference person,
        boolean pupil,
        boolean parentsPresent,
        boolean offenceExplained) implements CaseEventPayload {
}
