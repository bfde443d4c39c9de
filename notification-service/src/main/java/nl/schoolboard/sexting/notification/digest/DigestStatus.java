package nl.schoolboard.sexting.notification.digest;

/** {@code PENDING} until sent; {@code FAILED} once its tries are used up (its delivery says why). */
public enum DigestStatus {
    PENDING,
    SENT,
    FAILED
}
