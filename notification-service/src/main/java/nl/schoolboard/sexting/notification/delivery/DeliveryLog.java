package nl.schoolboard.sexting.notification.delivery;

import jakarta.annotation.PostConstruct;
import nl.schoolboard.sexting.contracts.CaseEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@value Delivery#COLLECTION} collection. Every change is one single-document write (no transactions: they
 * need a replica set, and the in-process MongoDB-wire store has none), guarded by the status it expects.
 */
@Component
public class DeliveryLog {

    private static final int MAX_ERROR_LENGTH = 500;

    private final MongoOperations mongo;
    private final Clock clock;

    public DeliveryLog(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @PostConstruct
    void createIndexes() {
        mongo.indexOps(Delivery.class).createIndex(new Index().on("caseId", Sort.Direction.ASC).named("by_case"));
    }

    /** Inserts the delivery as {@code PENDING}; if it is there already (same event, same recipient), returns that. */
    public Delivery open(CaseEvent event, Notice notice) {
        return open(Delivery.pending(event, notice, now()));
    }

    /** The same for a delivery built by the caller; its creation time is set here. */
    public Delivery open(Delivery pending) {
        Delivery fresh = pending.createdAt() == null ? pending.withCreatedAt(now()) : pending;
        try {
            return mongo.insert(fresh);
        } catch (DuplicateKeyException alreadyThere) {
            Delivery existing = mongo.findById(fresh.id(), Delivery.class);
            if (existing == null) {
                throw new IllegalStateException("delivery " + fresh.id() + " vanished while being opened", alreadyThere);
            }
            return existing;
        }
    }

    /** Counts one more try and sets it {@code PENDING}; empty if the delivery has been {@code SENT} meanwhile. */
    public Optional<Delivery> startAttempt(String id) {
        return Optional.ofNullable(mongo.findAndModify(
                new Query(where("id").is(id).and("status").ne(DeliveryStatus.SENT)),
                new Update().inc("attempts", 1)
                        .set("status", DeliveryStatus.PENDING)
                        .set("lastAttemptAt", now())
                        .unset("outcomePublishedAt"),
                FindAndModifyOptions.options().returnNew(true),
                Delivery.class));
    }

    public void recordFailedAttempt(String id, String reason) {
        mongo.updateFirst(new Query(where("id").is(id).and("status").is(DeliveryStatus.PENDING)),
                new Update().set("lastError", shorten(reason)), Delivery.class);
    }

    public Delivery markSent(String id) {
        Delivery sent = mongo.findAndModify(
                new Query(where("id").is(id)),
                new Update().set("status", DeliveryStatus.SENT)
                        .set("sentAt", now())
                        .unset("lastError")
                        .unset("failedAt")
                        .unset("outcomePublishedAt"),
                FindAndModifyOptions.options().returnNew(true),
                Delivery.class);
        if (sent == null) {
            throw new IllegalStateException("delivery " + id + " vanished after it was sent");
        }
        return sent;
    }

    /** Gives the delivery up as {@code FAILED}, unless it was {@code SENT}; empty then (or if it does not exist). */
    public Optional<Delivery> markFailed(String id) {
        return Optional.ofNullable(mongo.findAndModify(
                new Query(where("id").is(id).and("status").ne(DeliveryStatus.SENT)),
                new Update().set("status", DeliveryStatus.FAILED)
                        .set("failedAt", now())
                        .unset("outcomePublishedAt"),
                FindAndModifyOptions.options().returnNew(true),
                Delivery.class));
    }

    /**
     * Records that the alert went into the digest {@code digestId} instead of out on its own; empty if it was sent
     * meanwhile (then it stays sent).
     */
    public Optional<Delivery> markMerged(String id, String digestId) {
        return Optional.ofNullable(mongo.findAndModify(
                new Query(where("id").is(id).and("status").ne(DeliveryStatus.SENT)),
                new Update().set("status", DeliveryStatus.MERGED)
                        .set("mergedAt", now())
                        .set("digestId", digestId)
                        .unset("outcomePublishedAt"),
                FindAndModifyOptions.options().returnNew(true),
                Delivery.class));
    }

    /**
     * Fails the delivery at once, without a try: there is no way to reach the recipient over its channel (no e-mail
     * address in the directory). Empty if it was sent meanwhile.
     */
    public Optional<Delivery> markUnreachable(String id, String reason) {
        Instant now = now();
        return Optional.ofNullable(mongo.findAndModify(
                new Query(where("id").is(id).and("status").ne(DeliveryStatus.SENT)),
                new Update().set("status", DeliveryStatus.FAILED)
                        .set("failedAt", now)
                        .set("lastAttemptAt", now)
                        .set("lastError", shorten(reason))
                        .unset("outcomePublishedAt"),
                FindAndModifyOptions.options().returnNew(true),
                Delivery.class));
    }

    public void markOutcomePublished(String id) {
        mongo.updateFirst(new Query(where("id").is(id)), new Update().set("outcomePublishedAt", now()), Delivery.class);
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    /** All deliveries of one case, oldest first. */
    public List<Delivery> forCase(String caseId) {
        return mongo.find(new Query(where("caseId").is(caseId)).with(Sort.by("createdAt", "id")), Delivery.class);
    }

    private Instant now() {
        // MongoDB keeps milliseconds; keep the same in memory so that what we hold equals what we read back
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String shorten(String reason) {
        if (reason == null) {
            return null;
        }
        return reason.length() <= MAX_ERROR_LENGTH ? reason : reason.substring(0, MAX_ERROR_LENGTH);
    }
}
