package nl.schoolboard.sexting.notification.delivery;

/** How a notice reaches its recipient. An in-app inbox and digests join later as channels of their own. */
public enum Channel {
    EMAIL
}
