package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;

import java.util.List;
import java.util.Map;

/**
 * A case closes when every required step is taken, skipped with a reason, or given a reason now; a blank reason is
 * no reason. The refusal names every step still open.
 */
public record ClosingNeedsEveryStepOrAReason(Map<ProtocolStep, String> reasons) implements ProtocolRule {

    public ClosingNeedsEveryStepOrAReason {
        reasons = reasons == null ? Map.of() : reasons;
    }

    @Override
    public void check(CaseFile file) {
        List<ProtocolStep> unexplained = file.openRequiredSteps().stream()
                .filter(step -> reasons.get(step) == null || reasons.get(step).isBlank())
                .toList();
        if (!unexplained.isEmpty()) {
            throw new ProtocolIncomplete(unexplained);
        }
    }
}
