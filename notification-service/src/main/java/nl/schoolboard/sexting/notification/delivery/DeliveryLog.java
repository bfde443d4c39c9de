package nl.schoolboard.sexting.notification.delivery;

import jakarta.annotation.PostConstruct;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.bson.Document;
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
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@value Delivery#COLLECTION} collection. Every change is one single-document write (no transactions: they
 * need a replica set, and the in-process MongoDB-wire store has none), guarded by the status it expects.
 */
@Component
public class DeliveryLog {

    /** What an erased address (and a failure reason that may have quoted it) reads as. */
    public static final String ERASED = "[erased]";

    /** While an erased delivery is being moved to its new id: that id (see {@link #eraseGuardianAddresses}). */
    private static final String ERASED_AS = "erasedAs";

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

    public void recordFailedAttempt(String id, FailureReason reason) {
        mongo.updateFirst(new Query(where("id").is(id).and("status").is(DeliveryStatus.PENDING)),
                new Update().set("lastError", reason.name()), Delivery.class);
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
    public Optional<Delivery> markUnreachable(String id, FailureReason reason) {
        Instant now = now();
        return Optional.ofNullable(mongo.findAndModify(
                new Query(where("id").is(id).and("status").ne(DeliveryStatus.SENT)),
                new Update().set("status", DeliveryStatus.FAILED)
                        .set("failedAt", now)
                        .set("lastAttemptAt", now)
                        .set("lastError", reason.name())
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

    /** The deliveries to the guardians of one pupil of one school, oldest first. */
    public List<Delivery> toGuardiansOf(String boardId, String schoolId, String pupilRef) {
        return mongo.find(guardiansOf(boardId, schoolId, pupilRef).with(Sort.by("createdAt", "id")), Delivery.class);
    }

    /**
     * Replaces the address of every delivery to the guardians of one pupil with {@value #ERASED} (and a failure
     * reason with it too, as a mail server's refusal may quote the address); what was sent when, how, and how it went
     * stays. An e-mail delivery's id holds the address (it is what makes a delivery idempotent), and MongoDB cannot
     * change an id, so such a delivery moves to a new, random id: the new id is first noted on the old document
     * ({@value #ERASED_AS}, one atomic write), then the copy is inserted under it, then the old one is deleted. A crash
     * anywhere in between is finished by erasing again; erasing again when all is done changes nothing.
     *
     * @return how many deliveries had an address erased now
     */
    public int eraseGuardianAddresses(String boardId, String schoolId, String pupilRef) {
        Query withAddress = guardiansOf(boardId, schoolId, pupilRef)
                .addCriteria(where("recipient").ne(null).nin(ERASED));
        int erased = 0;
        for (Delivery delivery : mongo.find(withAddress, Delivery.class)) {
            if (delivery.id().contains(delivery.recipient())) {
                moveToAnErasedId(delivery);
            } else {
                Update update = new Update().set("recipient", ERASED);
                if (delivery.lastError() != null) {
                    update.set("lastError", ERASED);
                }
                mongo.updateFirst(new Query(where("id").is(delivery.id())), update, Delivery.class);
            }
            erased++;
        }
        return erased;
    }

    private void moveToAnErasedId(Delivery delivery) {
        String newId = delivery.eventId() + ":" + delivery.channel() + ":erased:" + UUID.randomUUID();
        mongo.updateFirst(new Query(where("_id").is(delivery.id()).and(ERASED_AS).exists(false)),
                new Update().set(ERASED_AS, newId), Delivery.COLLECTION);
        Document old = mongo.findById(delivery.id(), Document.class, Delivery.COLLECTION);
        if (old == null) {
            return;
        }
        Document copy = new Document(old);
        copy.put("_id", old.getString(ERASED_AS));
        copy.remove(ERASED_AS);
        copy.put("recipient", ERASED);
        if (copy.get("lastError") != null) {
            copy.put("lastError", ERASED);
        }
        try {
            mongo.insert(copy, Delivery.COLLECTION);
        } catch (DuplicateKeyException copiedBefore) {
            // an earlier erasure got this far and stopped
        }
        mongo.remove(new Query(where("_id").is(delivery.id())), Delivery.COLLECTION);
    }

    private static Query guardiansOf(String boardId, String schoolId, String pupilRef) {
        return new Query(where("boardId").is(boardId).and("schoolId").is(schoolId)
                .and("recipientKind").is(RecipientKind.GUARDIAN)
                .and("recipientRef").is(Recipient.guardiansOf(pupilRef)));
    }

    private Instant now() {
        // MongoDB keeps milliseconds; keep the same in memory so that what we hold equals what we read back
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
