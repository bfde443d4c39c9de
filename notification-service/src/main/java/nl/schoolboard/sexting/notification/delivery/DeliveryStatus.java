package nl.schoolboard.sexting.notification.delivery;

/** {@code PENDING} while being tried, then {@code SENT}, or {@code FAILED} once the retries are used up. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
