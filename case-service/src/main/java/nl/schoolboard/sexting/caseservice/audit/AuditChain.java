package nl.schoolboard.sexting.caseservice.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain of the audit trail: each entry's hash covers the previous entry's hash and a canonical form of the
 * entry's own fields (fixed order, sorted detail keys, times at millisecond precision as MongoDB keeps them).
 *
 * <p>How an entry was hashed is kept with it, because stored entries are never rewritten:</p>
 * <ul>
 *     <li>{@link #UNKEYED} (1; also every entry without a scheme): plain SHA-256. Anyone who can write to the
 *     database can recompute it, so these entries are trusted only as far as a checkpoint vouches for them.</li>
 *     <li>{@link #KEYED} (2): HMAC-SHA256 under the {@link AuditKey}, which the database does not hold. The scheme
 *     number is part of what is keyed, so a keyed entry cannot be passed off as an unkeyed one.</li>
 * </ul>
 */
final class AuditChain {

    /** The "previous hash" of a board's first entry. */
    static final String GENESIS = "0".repeat(64);
    static final int UNKEYED = 1;
    static final int KEYED = 2;

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final AuditKey key;

    AuditChain(AuditKey key) {
        this.key = key;
    }

    /** The scheme of an entry; entries written before schemes existed have none and are unkeyed. */
    static int schemeOf(AuditEntry entry) {
        return entry.hashScheme() == null ? UNKEYED : entry.hashScheme();
    }

    /** The hash the entry should carry under its own scheme; null for a scheme this code does not know. */
    String hash(AuditEntry entry) {
        return switch (schemeOf(entry)) {
            case UNKEYED -> sha256(canonical(entry));
            case KEYED -> key.mac(KEYED + "|" + canonical(entry));
            default -> null;
        };
    }

    /** Whether the entry's stored hash is the one its content and scheme give. */
    boolean holds(AuditEntry entry) {
        String expected = hash(entry);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                String.valueOf(entry.hash()).getBytes(StandardCharsets.US_ASCII));
    }

    static Instant truncated(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String canonical(AuditEntry entry) {
        return String.join("|",
                entry.previousHash(), entry.boardId(), Long.toString(entry.seq()), entry.sourceId(),
                String.valueOf(entry.kind()), String.valueOf(entry.type()), String.valueOf(entry.caseId()),
                String.valueOf(entry.schoolId()), String.valueOf(entry.actorId()), String.valueOf(entry.actorRole()),
                millis(entry.occurredAt()), millis(entry.recordedAt()), details(entry.details()));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String millis(Instant instant) {
        return String.valueOf(truncated(instant));
    }

    private static String details(Map<String, Object> details) {
        try {
            return CANONICAL.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("details of an audit entry are plain values", e);
        }
    }
}
