package nl.schoolboard.sexting.caseservice.incident.aggregate;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;

import java.util.HashSet;
import java.util.Set;

/**
 * The idempotency keys a case has seen. A client may send a key with a command; the events the command causes carry
 * it, so that a case loaded again still knows it, and a command repeated with a known key changes nothing.
 */
final class IdempotencyKeys {

    /** Metadata key of a client's idempotency key, on a command and on the events it caused. */
    static final String KEY = "idempotencyKey";

    private final Set<String> seen = new HashSet<>();

    boolean seen(Message<?> command) {
        return command.getMetaData().get(KEY) instanceof String key && seen.contains(key);
    }

    void remember(MetaData eventMetaData) {
        if (eventMetaData.get(KEY) instanceof String key) {
            seen.add(key);
        }
    }

    /** The key to stamp on the events of the command now handled, if it carries one. */
    static MetaData of(Message<?> command) {
        return command.getMetaData().get(KEY) instanceof String key ? MetaData.with(KEY, key) : MetaData.emptyInstance();
    }
}
