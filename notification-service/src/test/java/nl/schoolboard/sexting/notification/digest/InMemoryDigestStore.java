package nl.schoolboard.sexting.notification.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The digest store's contract in memory, for unit tests of the digest rules. */
final class InMemoryDigestStore implements DigestStore {

    final Map<String, AlertWindow> windows = new HashMap<>();
    final Map<String, PendingDigest> digests = new HashMap<>();

    @Override
    public synchronized Optional<AlertWindow> openWindow(String key, Instant now) {
        return Optional.ofNullable(windows.get(key)).filter(window -> window.isOpenAt(now));
    }

    @Override
    public synchronized boolean tryOpen(AlertWindow window, Instant now) {
        AlertWindow existing = windows.get(window.id());
        if (existing != null && existing.isOpenAt(now)) {
            return false;
        }
        windows.put(window.id(), window);
        return true;
    }

    @Override
    public synchronized boolean add(PendingDigest start, DigestItem item) {
        PendingDigest existing = digests.getOrDefault(start.id(), start);
        if (existing.sealed()) {
            return false;
        }
        List<DigestItem> items = new ArrayList<>(existing.items());
        if (!items.contains(item)) {
            items.add(item);
        }
        digests.put(start.id(), with(existing, existing.sealed(), existing.status(), existing.claims(),
                existing.leaseUntil(), items));
        return true;
    }

    @Override
    public synchronized Optional<PendingDigest> claimDue(Instant now, Instant leaseUntil) {
        Optional<PendingDigest> due = digests.values().stream()
                .filter(d -> d.status() == DigestStatus.PENDING && !d.closesAt().isAfter(now)
                        && !d.leaseUntil().isAfter(now))
                .min(Comparator.comparing(PendingDigest::closesAt));
        due.ifPresent(d -> digests.put(d.id(), with(d, true, d.status(), d.claims() + 1, leaseUntil, d.items())));
        return due.map(d -> digests.get(d.id()));
    }

    @Override
    public synchronized void postpone(String id, Instant until) {
        PendingDigest d = digests.get(id);
        digests.put(id, with(d, d.sealed(), d.status(), d.claims(), until, d.items()));
    }

    @Override
    public synchronized void markSent(String id, Instant at) {
        PendingDigest d = digests.get(id);
        digests.put(id, with(d, d.sealed(), DigestStatus.SENT, d.claims(), d.leaseUntil(), d.items()));
    }

    @Override
    public synchronized void markFailed(String id, Instant at) {
        PendingDigest d = digests.get(id);
        digests.put(id, with(d, d.sealed(), DigestStatus.FAILED, d.claims(), d.leaseUntil(), d.items()));
    }

    @Override
    public synchronized Optional<PendingDigest> find(String id) {
        return Optional.ofNullable(digests.get(id));
    }

    private static PendingDigest with(PendingDigest d, boolean sealed, DigestStatus status, int claims,
                                      Instant leaseUntil, List<DigestItem> items) {
        return new PendingDigest(d.id(), d.boardId(), d.schoolId(), d.caseId(), d.recipientKind(), d.recipientRef(),
                d.recipient(), d.language(), d.opensAt(), d.closesAt(), sealed, status, claims, leaseUntil,
                List.copyOf(items), d.correlationId(), d.sentAt(), d.failedAt());
    }
}
