package nl.schoolboard.sexting.contracts.payload;

import java.util.List;

/**
 * Payload of {@code CaseClosed}. The case is closed (the evaluation and the reasons for skipped steps stay in the case service).
 *
 * @param outcome      how it ended, e.g. {@code RESOLVED}
 * @param skippedSteps the required steps closed without being taken, each with a reason on record
 */
public record CaseClosedPayload(
        Code outcome,
        List<Code> skippedSteps) implements CaseEventPayload {
}
