package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import java.util.List;

/** Closing a case with required steps neither taken nor explained: each needs a reason. */
public class ProtocolIncomplete extends ProtocolViolation {

    private final List<ProtocolStep> unexplained;

    public ProtocolIncomplete(List<ProtocolStep> unexplained) {
        super("protocol-incomplete", "These protocol steps are open; take them, or give a reason for each: " + unexplained);
        this.unexplained = List.copyOf(unexplained);
    }

    public List<ProtocolStep> unexplained() {
        return unexplained;
    }
}
