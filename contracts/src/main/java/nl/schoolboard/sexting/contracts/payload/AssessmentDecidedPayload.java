package nl.schoolboard.sexting.contracts.payload;

import java.util.List;

/**
 * Payload of {@code AssessmentDecided}. The school leader's assessment of the people in the case (the reason for a
 * deviation stays in the case service).
 *
 * @param proposed        what the system proposed from the facts
 * @param decided         what the school leader decided
 * @param policeGrounds   e.g. {@code EXTORTION}, {@code ADULT_INVOLVED}; empty when the police need not be involved
 */
public record AssessmentDecidedPayload(
        List<PersonFindingPayload> proposed,
        List<PersonFindingPayload> decided,
        List<Code> policeGrounds,
        boolean meldcodeApplies) implements CaseEventPayload {

    /** @param findings e.g. {@code VICTIM}, {@code SUSPECTED}, {@code WITHIN_PEER_EXCEPTION} */
    public record PersonFindingPayload(PersonReference person, List<Code> findings) {
    }
}
