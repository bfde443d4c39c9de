package nl.schoolboard.sexting.caseservice.audit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Appends to and reads the audit trail, one hash chain per board.
 *
 * <p>Append: a record whose source is already in the trail is not added again (a redelivered event). Otherwise the
 * entry is linked to the board's last entry and inserted under the id {@code <board>:<seq>}; when another writer
 * took that place first, the insert fails on the id and the append is tried again on the new last entry. A crash
 * before the insert leaves nothing; the source is delivered again and appended then.</p>
 */
@Component
public class AuditTrail {

    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;

    AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void append(AuditRecord record) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (mongo.exists(Query.query(Criteria.where("sourceId").is(record.sourceId())), AuditEntry.class)) {
                return;
            }
            Optional<AuditEntry> last = last(record.boardId());
            long seq = last.map(e -> e.seq() + 1).orElse(1L);
            AuditEntry unhashed = new AuditEntry(record.boardId() + ":" + seq, record.boardId(), seq, record.sourceId(),
                    record.kind(), record.type(), record.caseId(), record.schoolId(), record.actorId(), record.actorRole(),
                    AuditChain.truncated(record.occurredAt()), AuditChain.truncated(record.recordedAt()), record.details(),
                    last.map(AuditEntry::hash).orElse(AuditChain.GENESIS), null);
            AuditEntry entry = withHash(unhashed, AuditChain.hash(unhashed));
            try {
                mongo.insert(entry);
                return;
            } catch (DuplicateKeyException raced) {
                // another writer appended first (same place, or the same source): look again
            }
        }
        throw new IllegalStateException("could not append to the audit trail of board " + record.boardId());
    }

    Optional<AuditEntry> last(String boardId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("boardId").is(boardId))
                .with(Sort.by(Sort.Direction.DESC, "seq")).limit(1), AuditEntry.class));
    }

    List<AuditEntry> chain(String boardId) {
        return mongo.find(Query.query(Criteria.where("boardId").is(boardId)).with(Sort.by("seq")), AuditEntry.class);
    }

    List<AuditEntry> find(Query query) {
        return mongo.find(query, AuditEntry.class);
    }

    static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.id(), e.boardId(), e.seq(), e.sourceId(), e.kind(), e.type(), e.caseId(), e.schoolId(),
                e.actorId(), e.actorRole(), e.occurredAt(), e.recordedAt(), e.details(), e.previousHash(), hash);
    }
}
