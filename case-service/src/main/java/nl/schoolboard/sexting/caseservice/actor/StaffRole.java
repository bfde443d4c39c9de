package nl.schoolboard.sexting.caseservice.actor;

/** The roles in which staff use the system (see docs/domain.md). Parents do not log in. */
public enum StaffRole {
    SCHOOL_LEADER,
    CARE_COORDINATOR,
    CONFIDENTIAL_COUNSELLOR,
    TEAM_MEMBER,
    BOARD_ADMINISTRATOR,
    AUDITOR
}
