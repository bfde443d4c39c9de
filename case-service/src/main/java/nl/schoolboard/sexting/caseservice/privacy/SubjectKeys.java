package nl.schoolboard.sexting.caseservice.privacy;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One AES-256 data key per subject (a person in a case, or the case itself), kept in MongoDB ({@code subject_keys})
 * apart from the events, and only sealed by a key-encryption key that is not in the database
 * ({@link KeyEncryptionKeys}). Destroying a subject's key erases every text encrypted with it (crypto-shredding): the
 * key id goes into the {@link ShreddingLedger} outside the database first, then the sealed key is removed. From then
 * on the key is neither opened (not even from a restored backup) nor made again.
 *
 * <p>Not cached on purpose: after a key is destroyed on one instance, no other instance may still decrypt with it.
 * Two writers creating the first key of a subject at once: the unique id lets one win, the other reads the winner's.</p>
 *
 * <p>A key stored before envelope encryption holds its key in the clear ({@code key}); it is still read, and
 * {@link #rewrapAll()} seals it at start.</p>
 */
public class SubjectKeys {

    static final String COLLECTION = "subject_keys";

    private final MongoTemplate mongo;
    private final KeyEncryptionKeys keks;
    private final ShreddingLedger ledger;

    public SubjectKeys(MongoTemplate mongo, KeyEncryptionKeys keks, ShreddingLedger ledger) {
        this.mongo = mongo;
        this.keks = keks;
        this.ledger = ledger;
    }

    /**
     * The subject's key, made on first use.
     *
     * @throws SubjectErased when the subject's key was destroyed: it is never made again
     */
    SecretKey keyFor(String keyId) {
        if (ledger.holds(keyId)) {
            throw new SubjectErased(keyId);
        }
        return existing(keyId).orElseGet(() -> {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                WrappedKey sealed = keks.wrap(keyId, generator.generateKey().getEncoded());
                int slash = keyId.indexOf('/');
                mongo.insert(new Document("_id", keyId).append("caseId", keyId.substring(0, slash))
                        .append("subject", keyId.substring(slash + 1)).append("wrappedKey", sealed.wrapped())
                        .append("kekId", sealed.kekId()).append("createdAt", Instant.now()), COLLECTION);
            } catch (DuplicateKeyException madeByAnotherWriter) {
                // fall through and read it
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has AES", e);
            }
            return existing(keyId).orElseThrow();
        });
    }

    /** The subject's key, if it was not destroyed. */
    Optional<SecretKey> existing(String keyId) {
        if (ledger.holds(keyId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(keyId, Document.class, COLLECTION))
                .map(stored -> new SecretKeySpec(open(keyId, stored), "AES"));
    }

    private byte[] open(String keyId, Document stored) {
        String plain = stored.getString("key");
        if (plain != null) {
            return Base64.getDecoder().decode(plain);
        }
        return keks.unwrap(keyId, new WrappedKey(stored.getString("kekId"), stored.getString("wrappedKey")));
    }

    /** Destroys the keys of one person in every case of theirs (the subject's own erasure request). */
    public List<String> destroyPerson(List<String> caseIds, String personRef) {
        caseIds.forEach(caseId -> ledger.record(caseId + "/" + personRef));
        return remove(Criteria.where("caseId").in(caseIds).and("subject").is(personRef));
    }

    /** Destroys every key of one case: the people in it and the case's own texts (retention ended). */
    public List<String> destroyCase(String caseId) {
        ledger.record(ShreddingLedger.wholeCase(caseId));
        return remove(Criteria.where("caseId").is(caseId));
    }

    /** Whether any key the ledger lists as destroyed is still in the database: an erasure not yet carried out. */
    public boolean anyRemainOf(String caseId, String subjectOrNull) {
        Criteria which = Criteria.where("caseId").is(caseId);
        if (subjectOrNull != null) {
            which = which.and("subject").is(subjectOrNull);
        }
        return mongo.exists(Query.query(which), COLLECTION);
    }

    private List<String> remove(Criteria which) {
        List<String> ids = new ArrayList<>();
        mongo.find(Query.query(which), Document.class, COLLECTION).forEach(d -> ids.add(d.getString("_id")));
        mongo.remove(Query.query(which), COLLECTION);
        return ids;
    }

    /**
     * Brings every stored data key under the current key-encryption key: seals the keys still in the clear (stored
     * before envelope encryption) and re-wraps those sealed by an older one (a rotation). Idempotent; a key changed
     * or removed meanwhile by another instance is left to it. Keys the ledger lists as destroyed are removed.
     *
     * @return how many keys were sealed anew
     */
    public int rewrapAll() {
        String current = keks.currentId();
        Query notCurrent = Query.query(new Criteria().orOperator(Criteria.where("key").exists(true),
                Criteria.where("kekId").ne(current)));
        int rewrapped = 0;
        for (Document stored : mongo.find(notCurrent, Document.class, COLLECTION)) {
            String keyId = stored.getString("_id");
            if (ledger.holds(keyId)) {
                mongo.remove(Query.query(Criteria.where("_id").is(keyId)), COLLECTION);
                continue;
            }
            WrappedKey sealed = keks.wrap(keyId, open(keyId, stored));
            Criteria unchanged = Criteria.where("_id").is(keyId);
            unchanged = stored.containsKey("key") ? unchanged.and("key").is(stored.getString("key"))
                    : unchanged.and("kekId").is(stored.getString("kekId"));
            rewrapped += (int) mongo.updateFirst(Query.query(unchanged), new Update().set("wrappedKey", sealed.wrapped())
                    .set("kekId", sealed.kekId()).unset("key"), COLLECTION).getModifiedCount();
        }
        return rewrapped;
    }

    /** A text about a subject whose key was destroyed: its key is never made again. */
    public static class SubjectErased extends IllegalStateException {
        SubjectErased(String keyId) {
            super("the personal data of a subject of case " + keyId.substring(0, Math.max(0, keyId.indexOf('/')))
                    + " was erased: no new text about them is kept");
        }
    }
}
