package nl.schoolboard.sexting.caseservice.incident.refusal;

/**
 * A step arrived under an idempotency key this case already used for the same step with different fields: not a
 * retry, but a second request reusing the key. Answering as if it were the first would tell the client its request
 * was recorded when nothing changed.
 */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("idempotency key reused with a different request: " + key.length() + " characters");
    }
}
