package nl.schoolboard.sexting.caseservice.incident.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The documents a projection writes while its processor hands it one batch of events, written to the store together
 * once the batch's last event is handled: one bulk request per batch instead of one round trip per event. A
 * processor that is far behind (a rebuild) handles its batches full, so the store is asked a hundred times less; one
 * that follows the live stream sees batches of one or two events, and writes as soon as before.
 *
 * <p>Documents are keyed by id: a later write of the same document in the batch replaces the earlier one, so a case
 * with ten events in a batch is written once, as its last event left it. Each write replaces the stored document
 * whole (an upsert), as a single save did.</p>
 *
 * <p>Why the writes happen in a handler interceptor ({@link #writtenAtTheEndOfEachBatch()}, registered for their processors by {@link ProjectionProcessors}) and not when the unit of
 * work commits: the processor stores its position at the start of the commit, before any commit handler a projection
 * could add, and writes that came after it could be lost in a crash. In the interceptor the batch's writes are done
 * before the position moves. A failed write is thrown past the projection's error handler (which would log it and
 * move on) and rolls the batch back; the processor then handles the whole batch again. Every write is idempotent,
 * so the documents that did reach the store are simply written again.</p>
 *
 * <p>Outside a unit of work (a projection called directly, as its unit tests do) each write goes to the store at
 * once.</p>
 */
final class ViewBatch<D> {

    /** The unit of work's resource that holds, per projection's batch, the documents it wrote so far. */
    private static final String PENDING = ViewBatch.class.getName();

    private final MongoTemplate mongo;
    private final Class<D> type;
    private final Function<D, String> id;

    ViewBatch(MongoTemplate mongo, Class<D> type, Function<D, String> id) {
        this.mongo = mongo;
        this.type = type;
        this.id = id;
    }

    /** Writes the document with the rest of the batch, or at once outside a unit of work. */
    void write(D document) {
        if (!CurrentUnitOfWork.isStarted()) {
            mongo.save(document);
            return;
        }
        pendingIn(CurrentUnitOfWork.get()).put(id.apply(document), document);
    }

    /** The document as this batch has written it so far, ahead of the store; empty if the batch has not. */
    Optional<D> written(String documentId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(pendingIn(CurrentUnitOfWork.get()).get(documentId));
    }

    /**
     * For the processors of the projections: after each event, and when it was the last of its batch, writes what
     * the batch collected, for every projection the processor feeds.
     */
    static MessageHandlerInterceptor<EventMessage<?>> writtenAtTheEndOfEachBatch() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            UnitOfWork<?> batch = unitOfWork.root();
            if (!(batch instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
                Map<ViewBatch<?>, Map<String, ?>> pending = batch.getResource(PENDING);
                if (pending != null) {
                    pending.forEach(ViewBatch::flush);
                    pending.clear();
                }
            }
            return result;
        };
    }

    private void flush(Map<String, ?> documents) {
        if (documents.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        documents.forEach((documentId, document) -> bulk.replaceOne(
                Query.query(Criteria.where("_id").is(documentId)), document, FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }

    @SuppressWarnings("unchecked")
    private Map<String, D> pendingIn(UnitOfWork<?> unitOfWork) {
        Map<ViewBatch<?>, Map<String, ?>> pending = unitOfWork.root().getOrComputeResource(PENDING,
                key -> new LinkedHashMap<>());
        return (Map<String, D>) pending.computeIfAbsent(this, batch -> new LinkedHashMap<String, D>());
    }
}
