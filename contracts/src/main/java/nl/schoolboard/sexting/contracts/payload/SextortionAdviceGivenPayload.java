package nl.schoolboard.sexting.contracts.payload;

import java.util.List;

/**
 * Payload of {@code SextortionAdviceGiven}.
 *
 * @param helpSites e.g. {@code HELPWANTED}, {@code TAKE_IT_DOWN}
 */
public record SextortionAdviceGivenPayload(
        boolean evidenceKeptWithVictim,
        boolean noContactWithExtorter,
        List<Code> helpSites) implements CaseEventPayload {
}
