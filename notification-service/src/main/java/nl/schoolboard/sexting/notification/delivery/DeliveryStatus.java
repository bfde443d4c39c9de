package nl.schoolboard.sexting.notification.delivery;

/**
 * {@code PENDING} while being tried, then {@code SENT}, or {@code FAILED} once the retries are used up (or at once
 * when there is no way to reach the recipient). {@code MERGED}: an alert that was not sent on its own because the
 * recipient had just been alerted about the same case; it goes out in the digest named by the delivery.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    MERGED
}
