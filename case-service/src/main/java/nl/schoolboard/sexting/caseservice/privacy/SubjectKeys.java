package nl.schoolboard.sexting.caseservice.privacy;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One AES-256 key per subject (a person in a case, or the case itself), kept in MongoDB apart from the events.
 * Destroying a subject's key erases every text encrypted with it; nothing can bring it back (crypto-shredding).
 *
 * <p>Not cached on purpose: after a key is destroyed on one instance, no other instance may still decrypt with it.
 * Two writers creating the first key of a subject at once: the unique id lets one win, the other reads the winner's.</p>
 */
@Component
public class SubjectKeys {

    @Document("subject_keys")
    record SubjectKey(@Id String keyId, String caseId, String subject, String key, Instant createdAt) {
    }

    private final MongoTemplate mongo;

    SubjectKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The subject's key, made on first use. */
    SecretKey keyFor(String keyId) {
        return existing(keyId).orElseGet(() -> {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                String encoded = Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
                int slash = keyId.indexOf('/');
                mongo.insert(new SubjectKey(keyId, keyId.substring(0, slash), keyId.substring(slash + 1), encoded, Instant.now()));
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
        SubjectKey found = mongo.findById(keyId, SubjectKey.class);
        return Optional.ofNullable(found).map(k -> new SecretKeySpec(Base64.getDecoder().decode(k.key()), "AES"));
    }

    /** Destroys the keys of one person in every case of theirs (the subject's own erasure request). */
    public List<String> destroyPerson(List<String> caseIds, String personRef) {
        return destroy(Criteria.where("caseId").in(caseIds).and("subject").is(personRef));
    }

    /** Destroys every key of one case: the people in it and the case's own texts (retention ended). */
    public List<String> destroyCase(String caseId) {
        return destroy(Criteria.where("caseId").is(caseId));
    }

    private List<String> destroy(Criteria which) {
        List<String> ids = mongo.find(Query.query(which), SubjectKey.class).stream().map(SubjectKey::keyId).toList();
        mongo.remove(Query.query(which), SubjectKey.class);
        return ids;
    }
}
