package nl.schoolboard.sexting.notification.recipients;

/**
 * The role in which someone is told about a case. Published outcomes carry this, never an address or a name.
 * {@link #CARE_STAFF} is the configured care-staff address, used for a new incident when a school has listed no
 * school leader or care coordinator in the contact directory.
 */
public enum RecipientKind {
    CARE_STAFF,
    SCHOOL_LEADER,
    CARE_COORDINATOR,
    TEAM_MEMBER,
    GUARDIAN
}
