package nl.schoolboard.sexting.caseservice.incident.model;

/**
 * The steps of the protocol a case is checked against. The last three form the board's reporting-duty track
 * (meld-, overleg- en aangifteplicht) and apply only when a staff member is involved.
 */
public enum ProtocolStep {
    VICTIM_CONVERSATION,
    PERPETRATOR_CONVERSATIONS,
    SANCTIONS,
    POLICE_CONTACT,
    REPORTING_OPTION_EXPLAINED,
    EVIDENCE_LOCATION,
    DISTRIBUTION_BAN,
    TEAM_BRIEFING,
    PRESS_READINESS,
    BOARD_INFORMED,
    CONFIDENTIAL_INSPECTOR_CONSULTED,
    AANGIFTE_DECISION;

    public boolean isReportingDutyTrack() {
        return this == BOARD_INFORMED || this == CONFIDENTIAL_INSPECTOR_CONSULTED || this == AANGIFTE_DECISION;
    }
}
