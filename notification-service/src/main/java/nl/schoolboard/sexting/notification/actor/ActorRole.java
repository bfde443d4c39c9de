package nl.schoolboard.sexting.notification.actor;

/**
 * The roles in which staff use the system (see docs/domain.md), as the access token names them. Parents do not log in.
 * Not to be confused with {@code recipients.StaffRole}, the roles a team member is listed with in the contact
 * directory (who is told what).
 */
public enum ActorRole {
    SCHOOL_LEADER,
    CARE_COORDINATOR,
    CONFIDENTIAL_COUNSELLOR,
    TEAM_MEMBER,
    BOARD_ADMINISTRATOR,
    AUDITOR
}
