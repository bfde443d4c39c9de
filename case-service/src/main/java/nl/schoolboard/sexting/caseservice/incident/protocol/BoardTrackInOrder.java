package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

/**
 * The board's reporting-duty track goes in the law's order (WPO art. 4a-4b, WVO 2020 art. 3.11-3.12, WEB art.
 * 4.3.1-4.3.2; see docs/domain.md): the board is informed, then it consults the confidential inspector, and only then
 * decides on aangifte; before filing it tells the staff member and the pupil's parents.
 *
 * @param step          the step about to be recorded
 * @param aangifteFiled for the aangifte decision: whether the board files one
 */
public record BoardTrackInOrder(ProtocolStep step, boolean aangifteFiled) implements ProtocolRule {

    public static BoardTrackInOrder before(ProtocolStep step) {
        return new BoardTrackInOrder(step, false);
    }

    @Override
    public void check(CaseFile file) {
        new ReportingDutyNeedsAStaffMember().check(file);
        switch (step) {
            case CONFIDENTIAL_INSPECTOR_CONSULTED -> require(file, ProtocolStep.BOARD_INFORMED, RuleCode.BOARD_NOT_YET_INFORMED);
            case AANGIFTE_ANNOUNCED -> require(file, ProtocolStep.CONFIDENTIAL_INSPECTOR_CONSULTED,
                    RuleCode.INSPECTOR_NOT_YET_CONSULTED);
            case AANGIFTE_DECISION -> {
                require(file, ProtocolStep.CONFIDENTIAL_INSPECTOR_CONSULTED, RuleCode.INSPECTOR_NOT_YET_CONSULTED);
                if (aangifteFiled) {
                    require(file, ProtocolStep.AANGIFTE_ANNOUNCED, RuleCode.AANGIFTE_NOT_ANNOUNCED);
                }
            }
            default -> { }
        }
    }

    private static void require(CaseFile file, ProtocolStep earlier, RuleCode code) {
        if (!file.hasTaken(earlier)) {
            throw new ProtocolViolation(code);
        }
    }
}
