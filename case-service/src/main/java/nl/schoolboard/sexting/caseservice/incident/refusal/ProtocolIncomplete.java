package nl.schoolboard.sexting.caseservice.incident.refusal;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import java.util.List;
import java.util.Map;

/** Closing a case with required steps neither taken nor explained: each needs a reason. */
public class ProtocolIncomplete extends ProtocolViolation {

    private final List<ProtocolStep> unexplained;

    public ProtocolIncomplete(List<ProtocolStep> unexplained) {
        super(RuleCode.PROTOCOL_INCOMPLETE, Map.of("steps", List.copyOf(unexplained)));
        this.unexplained = List.copyOf(unexplained);
    }

    public List<ProtocolStep> unexplained() {
        return unexplained;
    }
}
