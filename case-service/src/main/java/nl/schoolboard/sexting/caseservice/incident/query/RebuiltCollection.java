package nl.schoolboard.sexting.caseservice.incident.query;

import jakarta.annotation.PostConstruct;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A projection kept in one MongoDB collection that is rebuilt by reading the event store again: its index is made at
 * start-up, and when it is rebuilt ({@link ProjectionRebuild}, or its processor's tokens reset with Axon's own tools)
 * the collection is dropped and the index made again, so the rebuild starts from nothing and queries stay indexed
 * while it runs.
 */
abstract class RebuiltCollection {

    /** Cases followed in memory; a case has tens of events, what a projection keeps of it a few kilobytes. */
    static final int CASES_FOLLOWED = 5_000;

    protected final MongoTemplate mongo;
    private final Class<?> document;
    private final Index index;

    RebuiltCollection(MongoTemplate mongo, Class<?> document, Index index) {
        this.mongo = mongo;
        this.document = document;
        this.index = index;
    }

    @PostConstruct
    final void ensureIndex() {
        mongo.indexOps(document).ensureIndex(index);
    }

    @ResetHandler
    final void dropForReplay() {
        mongo.dropCollection(document);
        ensureIndex();
        forgetForReplay();
    }

    /**
     * What the projection keeps in memory per case, for the {@link #CASES_FOLLOWED} cases it saw last: the least
     * recently used case is dropped first, and comes back from the store when its next event arrives.
     */
    static <V> Map<String, V> casesSeenLast() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CASES_FOLLOWED;
            }
        });
    }

    /** What else the projection must forget before a replay starts from nothing; nothing by default. */
    void forgetForReplay() {
    }
}
