package nl.schoolboard.sexting.caseservice.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The record, kept outside the database, of every data key that was destroyed. It is what makes an erasure survive a
 * restored backup: a dump taken before the erasure still holds the sealed data key, and the key-encryption key still
 * opens it, but {@link SubjectKeys} asks the ledger first and refuses to open, or to make anew, a key it lists. It is
 * also the tombstone that keeps an erased person's key from ever being made again.
 *
 * <p>Append-only; it holds SHA-256 digests of key ids, not the ids, so that it names no case and no person. A whole
 * case is listed as {@code <case>/*}.</p>
 */
public interface ShreddingLedger {

    /** Lists a key id as destroyed; done once it returns (durably, for a ledger that survives a restart). */
    void record(String keyId);

    /** Whether the key id, or its whole case, is listed as destroyed. */
    default boolean holds(String keyId) {
        int slash = keyId.indexOf('/');
        return lists(digest(keyId)) || (slash > 0 && lists(digest(keyId.substring(0, slash) + "/*")));
    }

    /** Whether the digest of a key id is in the ledger. */
    boolean lists(String digest);

    /** The key id of every key of a case, for {@link #record}. */
    static String wholeCase(String caseId) {
        return caseId + "/*";
    }

    static String digest(String keyId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keyId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
