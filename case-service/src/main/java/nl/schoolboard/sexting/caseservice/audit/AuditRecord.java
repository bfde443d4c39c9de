package nl.schoolboard.sexting.caseservice.audit;

import java.time.Instant;
import java.util.Map;

/** What is to be recorded, before it has its place and hashes in the chain. */
record AuditRecord(String sourceId, AuditKind kind, String type, String boardId, String schoolId, String caseId,
                   String actorId, String actorRole, Instant occurredAt, Instant recordedAt, Map<String, Object> details) {
}
