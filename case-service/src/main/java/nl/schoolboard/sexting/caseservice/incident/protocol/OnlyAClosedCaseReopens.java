package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/** Reopening is for a closed case; an open one simply goes on. */
public record OnlyAClosedCaseReopens() implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.isClosed()) {
            throw new ProtocolViolation(RuleCode.CASE_NOT_CLOSED);
        }
    }
}
