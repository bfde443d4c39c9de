package nl.schoolboard.sexting.caseservice.privacy;

/**
 * The keys that seal the subjects' data keys (envelope encryption). They live outside the database that holds the
 * data keys and the texts, so that a copy of that database alone opens nothing. Pluggable: a file or the environment
 * for the local stack ({@link LocalKeyEncryptionKeys}), a key management service in production.
 *
 * <p>A data key is sealed together with its own key id, so that a sealed key copied onto another subject's record
 * does not open.</p>
 */
public interface KeyEncryptionKeys {

    /** The key-encryption key that seals new data keys, and that a rotation re-wraps every data key with. */
    String currentId();

    /** Seals a data key with the current key-encryption key. */
    WrappedKey wrap(String keyId, byte[] dataKey);

    /**
     * Opens a sealed data key.
     *
     * @throws IllegalStateException when the key-encryption key that sealed it is not known (any more) or the
     *                               sealed key was altered or belongs to another key id
     */
    byte[] unwrap(String keyId, WrappedKey wrapped);
}
