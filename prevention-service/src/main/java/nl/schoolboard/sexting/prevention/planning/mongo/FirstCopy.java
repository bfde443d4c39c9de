package nl.schoolboard.sexting.prevention.planning.mongo;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A document stored only if none with its {@code _id} is there yet: the unique {@code _id} index refuses a second
 * copy, in one single-document write, so a redelivered event or a retried request finds the first one instead.
 */
final class FirstCopy {

    private FirstCopy() {
    }

    /** @return whether this was the first copy (and is now stored) */
    static boolean insert(MongoTemplate mongo, Object document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}
