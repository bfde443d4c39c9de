package nl.schoolboard.sexting.caseservice.incident.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a command asked for, as a short digest: its fields in a fixed order (sets and maps sorted), without the
 * version the client saw, which says when it asked, not what. Two commands with the same fingerprint ask the same
 * thing, so a retry under the same idempotency key can be told from a different request reusing the key. Only the
 * digest is kept on the events, never the fields themselves.
 */
final class CommandFingerprint {

    private static final Set<String> NOT_WHAT_IS_ASKED = Set.of("expectedVersion");

    private CommandFingerprint() {
    }

    static String of(Object command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(command).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            StringBuilder fields = new StringBuilder(record.getClass().getSimpleName()).append('{');
            for (var component : record.getClass().getRecordComponents()) {
                if (!NOT_WHAT_IS_ASKED.contains(component.getName())) {
                    fields.append(component.getName()).append('=').append(canonical(read(component, record)))
                            .append(';');
                }
            }
            return fields.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CommandFingerprint::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Collection<?> set) {
            return set.stream().map(CommandFingerprint::canonical).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> canonical(e.getKey()) + ":" + canonical(e.getValue())).sorted()
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static Object read(java.lang.reflect.RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a command", e);
        }
    }
}
