package nl.schoolboard.sexting.notification.digest;

import java.time.Instant;
import java.util.Optional;

/**
 * Where digest windows and pending digests are kept (MongoDB; an in-memory one in the unit tests). Every operation is
 * one atomic single-document step, which is what keeps the digest right with several instances and restarts.
 */
public interface DigestStore {

    /** The window with this key, if it is still open at {@code now}. */
    Optional<AlertWindow> openWindow(String key, Instant now);

    /** Opens {@code window} unless another window with its key is open at {@code now}; {@code true} if opened. */
    boolean tryOpen(AlertWindow window, Instant now);

    /**
     * Adds {@code item} to the digest (creating it as {@code start} if it does not exist yet); adding an item that
     * is there already changes nothing. {@code false} if the digest is sealed (being sent or sent).
     */
    boolean add(PendingDigest start, DigestItem item);

    /**
     * Takes up one pending digest whose window closed and whose lease (if any) ended: seals it, counts the claim and
     * leases it until {@code leaseUntil}. Empty if none is due.
     */
    Optional<PendingDigest> claimDue(Instant now, Instant leaseUntil);

    /** A try failed: try again after {@code until}. */
    void postpone(String id, Instant until);

    void markSent(String id, Instant at);

    void markFailed(String id, Instant at);

    Optional<PendingDigest> find(String id);
}
