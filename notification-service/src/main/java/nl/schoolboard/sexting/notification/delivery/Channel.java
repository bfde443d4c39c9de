package nl.schoolboard.sexting.notification.delivery;

/** How a notice reaches its recipient: by e-mail, or as an item in a staff member's in-app inbox. */
public enum Channel {
    EMAIL,
    INBOX
}
