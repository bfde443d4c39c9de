package nl.schoolboard.sexting.caseservice.privacy;

/**
 * A subject's data key as the database holds it: sealed by a key-encryption key, never in the clear.
 *
 * @param kekId   which key-encryption key sealed it, so that a rotation knows what is left to re-wrap
 * @param wrapped the sealed key, base64
 */
public record WrappedKey(String kekId, String wrapped) {

    @Override
    public String toString() {
        return "WrappedKey[" + kekId + "]";
    }
}
