package nl.schoolboard.sexting.caseservice.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * One action in the audit trail of a board. Entries form a chain: each carries the hash of the one before it and a
 * hash over its own content, so that changing, removing or inserting an entry breaks the chain where it happened.
 *
 * @param id         {@code <board>:<seq>}: two writers cannot both append the same link
 * @param sourceId   the id of the event the entry records; recording the same event again changes nothing (a
 *                   unique index, created by {@link AuditTrail} at start)
 * @param kind       what sort of action: a case step, a notification, a prevention transition, a read
 * @param details    codes only (no names, no free text), as the source published them
 * @param hashScheme how {@code hash} was made ({@link AuditChain#KEYED}); absent (null) in entries written before
 *                   the trail was keyed, which are {@link AuditChain#UNKEYED}
 */
@Document("audit_trail")
public record AuditEntry(
        @Id String id,
        String boardId,
        long seq,
        String sourceId,
        AuditKind kind,
        String type,
        String caseId,
        String schoolId,
        String actorId,
        String actorRole,
        Instant occurredAt,
        Instant recordedAt,
        Map<String, Object> details,
        String previousHash,
        String hash,
        Integer hashScheme) {
}
