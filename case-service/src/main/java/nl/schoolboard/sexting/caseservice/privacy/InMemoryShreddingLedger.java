package nl.schoolboard.sexting.caseservice.privacy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shredding ledger that forgets everything when the process stops: for tests and a development run without
 * {@code case.privacy.shredding-ledger-file} only. Refused under the {@code prod} profile.
 */
public final class InMemoryShreddingLedger implements ShreddingLedger {

    private final Set<String> digests = ConcurrentHashMap.newKeySet();

    @Override
    public void record(String keyId) {
        digests.add(ShreddingLedger.digest(keyId));
    }

    @Override
    public boolean lists(String digest) {
        return digests.contains(digest);
    }
}
