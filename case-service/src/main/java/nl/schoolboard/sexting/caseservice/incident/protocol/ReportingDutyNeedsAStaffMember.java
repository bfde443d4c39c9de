package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * The board's reporting-duty steps (inform the board, consult the confidential inspector, decide on aangifte) apply
 * only once a staff member is involved in the case.
 */
public record ReportingDutyNeedsAStaffMember() implements ProtocolRule {

    @Override
    public void check(CaseFile file) {
        if (!file.onReportingDutyTrack()) {
            throw new ProtocolViolation(RuleCode.NO_STAFF_MEMBER_INVOLVED);
        }
    }
}
