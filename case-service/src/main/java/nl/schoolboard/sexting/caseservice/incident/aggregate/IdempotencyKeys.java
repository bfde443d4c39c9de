package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.refusal.IdempotencyKeyReused;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The idempotency keys a case has seen. A client may send a key with a command; the events the command causes carry
 * it, with the kind of command (a key belongs to one step: the same key on another step is another command) and the
 * command's {@linkplain CommandFingerprint fingerprint}, so that a case loaded again still knows them. A command
 * repeated with a known key changes nothing; a different command under a known key of the same step is refused.
 *
 * <p>Events stored before keys had a step and a fingerprint carry the key alone: such a key still makes any repeat
 * change nothing, as it did then.</p>
 */
final class IdempotencyKeys {

    /** Metadata key of a client's idempotency key, on a command and on the events it caused. */
    static final String KEY = "idempotencyKey";
    /** Metadata key of the kind of command the idempotency key was used for. */
    static final String STEP = "idempotencyStep";
    /** Metadata key of the fingerprint of the command the idempotency key was used for. */
    static final String FINGERPRINT = "idempotencyFingerprint";
    /** Where a key without a step (an older event) is kept: it answers for every step. */
    private static final String ANY_STEP = "*";

    /** Per step and key, the fingerprint of the command it was used for ("" when an older event did not say). */
    private final Map<String, String> seen = new HashMap<>();

    /**
     * Whether the command repeats one this case already handled under the same key.
     *
     * @throws IdempotencyKeyReused if the key was used for this step with a different command
     */
    boolean isRepeat(Message<?> command) {
        if (!(command.getMetaData().get(KEY) instanceof String key)) {
            return false;
        }
        if (seen.containsKey(scoped(ANY_STEP, key))) {
            return true;
        }
        Optional<String> before = Optional.ofNullable(seen.get(scoped(stepOf(command), key)));
        if (before.isEmpty()) {
            return false;
        }
        if (!before.get().isEmpty() && !before.get().equals(CommandFingerprint.of(command.getPayload()))) {
            throw new IdempotencyKeyReused(key);
        }
        return true;
    }

    void remember(MetaData eventMetaData) {
        if (eventMetaData.get(KEY) instanceof String key) {
            String step = eventMetaData.get(STEP) instanceof String s ? s : ANY_STEP;
            String fingerprint = eventMetaData.get(FINGERPRINT) instanceof String f ? f : "";
            seen.put(scoped(step, key), fingerprint);
        }
    }

    /** The key, its step and the command's fingerprint to stamp on the events of the command now handled. */
    static MetaData of(Message<?> command) {
        if (!(command.getMetaData().get(KEY) instanceof String key)) {
            return MetaData.emptyInstance();
        }
        return MetaData.with(KEY, key).and(STEP, stepOf(command))
                .and(FINGERPRINT, CommandFingerprint.of(command.getPayload()));
    }

    private static String stepOf(Message<?> command) {
        return command.getPayloadType().getSimpleName();
    }

    private static String scoped(String step, String key) {
        return step + "/" + key;
    }
}
