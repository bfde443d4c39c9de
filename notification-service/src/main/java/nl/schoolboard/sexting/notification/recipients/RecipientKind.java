package nl.schoolboard.sexting.notification.recipients;

/**
 * The role in which someone is told about a case. Published outcomes carry this, never an address or a name.
 * Team members, school leaders and parents join as their notifications are built.
 */
public enum RecipientKind {
    CARE_STAFF
}
