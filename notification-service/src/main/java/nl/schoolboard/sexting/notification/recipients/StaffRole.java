package nl.schoolboard.sexting.notification.recipients;

/** The roles a team member can have in the contact directory; one person may have several. */
public enum StaffRole {
    SCHOOL_LEADER,
    CARE_COORDINATOR,
    CONFIDENTIAL_COUNSELLOR,
    TEAM_MEMBER
}
