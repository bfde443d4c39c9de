package nl.schoolboard.sexting.notification.digest;

import jakarta.annotation.PostConstruct;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@value AlertWindow#COLLECTION} and {@value PendingDigest#COLLECTION}. The guards are in the queries: opening a
 * window and adding to a digest are upserts whose query fails on an open window or a sealed digest, so that the
 * upsert's insert runs into the existing id ({@link DuplicateKeyException}) instead of overwriting it.
 */
@Component
record MongoDigestStore(MongoOperations mongo) implements DigestStore {

    @PostConstruct
    public void createIndexes() {
        mongo.indexOps(PendingDigest.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("closesAt", Sort.Direction.ASC).named("due"));
    }

    @Override
    public Optional<AlertWindow> openWindow(String key, Instant now) {
        return Optional.ofNullable(mongo.findOne(new Query(where("id").is(key).and("closesAt").gt(now)),
                AlertWindow.class));
    }

    @Override
    public boolean tryOpen(AlertWindow window, Instant now) {
        return upsertUnlessTaken(new Query(where("id").is(window.id()).and("closesAt").lte(now)), new Update()
                        .set("caseId", window.caseId())
                        .set("recipient", window.recipient())
                        .set("opensAt", window.opensAt())
                        .set("closesAt", window.closesAt())
                        .set("firstDeliveryId", window.firstDeliveryId()),
                AlertWindow.class);
    }

    @Override
    public boolean add(PendingDigest start, DigestItem item) {
        return upsertUnlessTaken(new Query(where("id").is(start.id()).and("sealed").is(false)), new Update()
                        .addToSet("items", item)
                        .setOnInsert("boardId", start.boardId())
                        .setOnInsert("schoolId", start.schoolId())
                        .setOnInsert("caseId", start.caseId())
                        .setOnInsert("recipientKind", start.recipientKind())
                        .setOnInsert("recipientRef", start.recipientRef())
                        .setOnInsert("recipient", start.recipient())
                        .setOnInsert("language", start.language())
                        .setOnInsert("opensAt", start.opensAt())
                        .setOnInsert("closesAt", start.closesAt())
                        .setOnInsert("status", start.status())
                        .setOnInsert("claims", 0)
                        .setOnInsert("leaseUntil", start.leaseUntil())
                        .setOnInsert("correlationId", start.correlationId()),
                PendingDigest.class);
    }

    @Override
    public Optional<PendingDigest> claimDue(Instant now, Instant leaseUntil) {
        return Optional.ofNullable(mongo.findAndModify(
                new Query(where("status").is(DigestStatus.PENDING).and("closesAt").lte(now).and("leaseUntil").lte(now))
                        .with(Sort.by("closesAt")),
                new Update().set("sealed", true).inc("claims", 1).set("leaseUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true),
                PendingDigest.class));
    }

    @Override
    public void postpone(String id, Instant until) {
        mongo.updateFirst(new Query(where("id").is(id)), new Update().set("leaseUntil", until), PendingDigest.class);
    }

    @Override
    public void markSent(String id, Instant at) {
        mongo.updateFirst(new Query(where("id").is(id)),
                new Update().set("status", DigestStatus.SENT).set("sentAt", at), PendingDigest.class);
    }

    @Override
    public void markFailed(String id, Instant at) {
        mongo.updateFirst(new Query(where("id").is(id)),
                new Update().set("status", DigestStatus.FAILED).set("failedAt", at), PendingDigest.class);
    }

    @Override
    public Optional<PendingDigest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PendingDigest.class));
    }

    /**
     * An upsert whose query matches only a document that may still change (a window that has closed, a digest not yet
     * sealed): when the document is there but does not match, the insert collides with its id and nothing changes.
     * Whether it changed is the answer.
     */
    private boolean upsertUnlessTaken(Query query, Update update, Class<?> document) {
        try {
            mongo.upsert(query, update, document);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
