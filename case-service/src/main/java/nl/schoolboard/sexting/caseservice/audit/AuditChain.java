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
 * The hash chain of the audit trail: SHA-256 over the previous entry's hash and a canonical form of the entry's
 * own fields (fixed order, sorted detail keys, times at millisecond precision as MongoDB keeps them).
 */
final class AuditChain {

    /** The "previous hash" of a board's first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private AuditChain() {
    }

    static String hash(AuditEntry entry) {
        String canonical = String.join("|",
                entry.previousHash(), entry.boardId(), Long.toString(entry.seq()), entry.sourceId(),
                String.valueOf(entry.kind()), String.valueOf(entry.type()), String.valueOf(entry.caseId()),
                String.valueOf(entry.schoolId()), String.valueOf(entry.actorId()), String.valueOf(entry.actorRole()),
                millis(entry.occurredAt()), millis(entry.recordedAt()), canonical(entry.details()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static Instant truncated(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String millis(Instant instant) {
        return String.valueOf(truncated(instant));
    }

    private static String canonical(Map<String, Object> details) {
        try {
            return CANONICAL.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("details of an audit entry are plain values", e);
        }
    }
}
