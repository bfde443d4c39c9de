package nl.schoolboard.sexting.caseservice.audit;

import jakarta.annotation.PostConstruct;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Appends to and reads the audit trail, one hash chain per board.
 *
 * <p>Append: the entry is linked to the board's head (its last entry, read through the {@code (boardId, seq)}
 * index) and inserted under the id {@code <board>:<seq>}. Two unique indexes make the store itself the judge of
 * races: when another writer took that place first, the insert fails on the place and the append is tried again on
 * the new head; when the source is already in the trail (a redelivery, perhaps to another case-service instance
 * during a rebalance), the insert fails on {@code sourceId} and nothing is added. A crash before the insert leaves
 * nothing; the source is delivered again and appended then.</p>
 *
 * <p>The head is the entry this instance appended last for the board as long as the place after it is still free
 * (one look-up by id); only when another writer has appended since is it read from the index. A store without
 * compound indexes (the local stack's) would otherwise scan and sort the whole trail for every append.</p>
 */
@Component
public class AuditTrail {

    /** Entries per batch of a streamed chain: about a megabyte. */
    static final int STREAM_BATCH = 1_000;
    private static final int ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final AuditChain chain;
    /** Per board, the entry this instance appended last: the head unless another writer appended since. */
    private final Map<String, AuditEntry> appendedLast = new ConcurrentHashMap<>();

    AuditTrail(MongoTemplate mongo, AuditChain chain) {
        this.mongo = mongo;
        this.chain = chain;
    }

    /**
     * Created at start, not left to Spring Data's (disabled) automatic index creation: "recorded once" and "one entry
     * per place" hold only while these exist. Fails the start when the trail already holds a source twice (written
     * before the index existed); that trail needs a person to look at it, not a silent repair.
     */
    @PostConstruct
    void ensureIndexes() {
        IndexOperations indexes = mongo.indexOps(AuditEntry.class);
        try {
            indexes.ensureIndex(new Index().on("sourceId", Sort.Direction.ASC).unique().named("source_once"));
        } catch (DataIntegrityViolationException e) {
            throw new IllegalStateException("The audit trail records a source more than once; the unique index on "
                    + "sourceId cannot be created. Find the doubles with an aggregation on sourceId before starting.", e);
        }
        indexes.ensureIndex(new Index().on("boardId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).unique()
                .named("board_seq"));
        // the auditor's most common question: everything about one case, in order
        indexes.ensureIndex(new Index().on("boardId", Sort.Direction.ASC).on("caseId", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC).named("board_case_seq"));
    }

    void append(AuditRecord record) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            AuditEntry entry = linkedTo(knownHead(record.boardId()).orElse(null), record);
            try {
                mongo.insert(entry);
                appendedLast.put(record.boardId(), entry);
                return;
            } catch (DuplicateKeyException clash) {
                appendedLast.remove(record.boardId());
                if (recorded(record.sourceId())) {
                    return;
                }
                // another writer took this place first: link to the new head
            }
        }
        throw new IllegalStateException("could not append to the audit trail of board " + record.boardId());
    }

    /**
     * Appends records in their order, each board's in one ordered insert of many: linked to each other in memory
     * from the board's head, so a batch of a hundred costs one round trip instead of a hundred (and the head is
     * looked up once). The same two unique indexes judge the batch: an ordered insert stops at the first entry that
     * clashes, on its place (another writer appended) or on its source (recorded before, a redelivered batch), and
     * stores none after it; the entries before it are whole links of the chain. The rest then go one by one through
     * {@link #append}, which finds each source that got in and links the others to the new head.
     */
    void appendAll(List<AuditRecord> records) {
        Map<String, List<AuditRecord>> byBoard = new LinkedHashMap<>();
        records.forEach(record -> byBoard.computeIfAbsent(record.boardId(), board -> new ArrayList<>()).add(record));
        byBoard.forEach(this::appendToBoard);
    }

    private void appendToBoard(String boardId, List<AuditRecord> records) {
        if (records.size() == 1) {
            append(records.get(0));
            return;
        }
        List<AuditEntry> linked = new ArrayList<>(records.size());
        AuditEntry previous = knownHead(boardId).orElse(null);
        for (AuditRecord record : records) {
            previous = linkedTo(previous, record);
            linked.add(previous);
        }
        try {
            mongo.insert(linked, AuditEntry.class);
            appendedLast.put(boardId, previous);
        } catch (DuplicateKeyException clash) {
            appendedLast.remove(boardId);
            records.forEach(this::append);
        }
    }

    /** The record as the entry after {@code head} (the first of the board's chain when there is none). */
    private AuditEntry linkedTo(AuditEntry head, AuditRecord record) {
        long seq = head == null ? 1L : head.seq() + 1;
        AuditEntry unhashed = new AuditEntry(record.boardId() + ":" + seq, record.boardId(), seq, record.sourceId(),
                record.kind(), record.type(), record.caseId(), record.schoolId(), record.actorId(), record.actorRole(),
                AuditChain.truncated(record.occurredAt()), AuditChain.truncated(record.recordedAt()), record.details(),
                head == null ? AuditChain.GENESIS : head.hash(), null, AuditChain.KEYED);
        return withHash(unhashed, chain.hash(unhashed));
    }

    private boolean recorded(String sourceId) {
        return mongo.exists(Query.query(Criteria.where("sourceId").is(sourceId)), AuditEntry.class);
    }

    private Optional<AuditEntry> knownHead(String boardId) {
        AuditEntry last = appendedLast.get(boardId);
        if (last != null && !mongo.exists(Query.query(Criteria.where("_id").is(boardId + ":" + (last.seq() + 1))),
                AuditEntry.class)) {
            return Optional.of(last);
        }
        return head(boardId);
    }

    /** The board's last entry, read from the end of the {@code (boardId, seq)} index. */
    Optional<AuditEntry> head(String boardId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("boardId").is(boardId))
                .with(Sort.by(Sort.Direction.DESC, "seq")).limit(1), AuditEntry.class));
    }

    List<AuditEntry> chain(String boardId) {
        return mongo.find(inOrder(boardId), AuditEntry.class);
    }

    /**
     * The board's chain in order from a cursor, for walking a trail of any length; close it after use. The cursor
     * asks for {@value #STREAM_BATCH} entries a batch: without a batch size the store may answer a whole chain in one
     * reply, and mongo-java-server did, 183 MB for a board of 268,817 entries, over the driver's limit of 48 MB.
     */
    Stream<AuditEntry> stream(String boardId) {
        return mongo.stream(inOrder(boardId).cursorBatchSize(STREAM_BATCH), AuditEntry.class);
    }

    /** Every board with a trail, read from the {@code (boardId, seq)} index. */
    List<String> boards() {
        return mongo.findDistinct(new Query(), "boardId", AuditEntry.class, String.class);
    }

    private static Query inOrder(String boardId) {
        return Query.query(Criteria.where("boardId").is(boardId)).with(Sort.by("seq"));
    }

    List<AuditEntry> find(Query query) {
        return mongo.find(query, AuditEntry.class);
    }

    static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.id(), e.boardId(), e.seq(), e.sourceId(), e.kind(), e.type(), e.caseId(), e.schoolId(),
                e.actorId(), e.actorRole(), e.occurredAt(), e.recordedAt(), e.details(), e.previousHash(), hash,
                e.hashScheme());
    }
}
