package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection's writes during one batch of events reach the store together when the batch's last event has been
 * handled, on the real store and with Axon's own batching unit of work, as a streaming processor runs them.
 */
class ViewBatchTest {

    @Document("view_batch_notes")
    record Note(@Id String id, String text) {
    }

    private final MongoTemplate mongo = new MongoTemplate(InMemoryMongo.client(), "view-batch-test");
    private final ViewBatch<Note> notes = new ViewBatch<>(mongo, Note.class, Note::id);
    private final MessageHandlerInterceptor<EventMessage<?>> endOfBatch = ViewBatch.writtenAtTheEndOfEachBatch();
    /** What the store held while each event of the batch was handled. */
    private final List<Long> storedDuringTheBatch = new ArrayList<>();

    @AfterEach
    void drop() {
        mongo.dropCollection(Note.class);
    }

    @Test
    void a_batch_reaches_the_store_once_its_last_event_is_handled_with_each_document_as_the_batch_left_it() {
        ResultMessage<?> result = handleBatch(
                () -> notes.write(new Note("case-1", "reported")),
                () -> notes.write(new Note("case-2", "reported")),
                () -> notes.write(new Note("case-1", "victim heard")));

        assertThat(result.isExceptional()).isFalse();
        assertThat(storedDuringTheBatch).containsExactly(0L, 0L, 0L);
        assertThat(mongo.findAll(Note.class)).containsExactlyInAnyOrder(
                new Note("case-1", "victim heard"), new Note("case-2", "reported"));
    }

    @Test
    void the_projection_reads_its_own_writes_before_they_reach_the_store() {
        List<String> seen = new ArrayList<>();
        handleBatch(
                () -> notes.write(new Note("case-1", "reported")),
                () -> seen.add(notes.written("case-1").map(Note::text).orElse("nothing")),
                () -> seen.add(notes.written("case-2").map(Note::text).orElse("nothing")));

        assertThat(seen).containsExactly("reported", "nothing");
    }

    @Test
    void a_write_the_store_refuses_rolls_the_batch_back_so_the_processor_handles_it_again() {
        mongo.indexOps(Note.class).ensureIndex(new Index().on("text", Sort.Direction.ASC).unique());
        mongo.save(new Note("case-0", "closed"));

        BatchingUnitOfWork<EventMessage<?>> batch = batchOf(2);
        List<String> rolledBack = new ArrayList<>();
        batch.onRollback(unitOfWork -> rolledBack.add("rolled back"));
        ResultMessage<?> result = run(batch, List.of(
                () -> notes.write(new Note("case-1", "reported")),
                () -> notes.write(new Note("case-2", "closed"))));

        assertThat(result.isExceptional()).isTrue();
        assertThat(rolledBack).containsExactly("rolled back");
    }

    @Test
    void outside_a_unit_of_work_a_write_reaches_the_store_at_once() {
        notes.write(new Note("case-1", "reported"));

        assertThat(mongo.findById("case-1", Note.class)).isEqualTo(new Note("case-1", "reported"));
    }

    @SafeVarargs
    private ResultMessage<?> handleBatch(Runnable... handlers) {
        return run(batchOf(handlers.length), List.of(handlers));
    }

    private static BatchingUnitOfWork<EventMessage<?>> batchOf(int events) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            messages.add(GenericEventMessage.asEventMessage("event " + i));
        }
        return new BatchingUnitOfWork<>(messages);
    }

    /** As a streaming processor runs a batch: each event through the interceptor, then the commit. */
    private ResultMessage<?> run(BatchingUnitOfWork<EventMessage<?>> batch, List<Runnable> handlers) {
        int[] next = {0};
        Consumer<Runnable> handle = handler -> {
            handler.run();
            storedDuringTheBatch.add(mongo.count(new Query(), Note.class));
        };
        return batch.executeWithResult(() -> endOfBatch.handle(batch, () -> {
            handle.accept(handlers.get(next[0]++));
            return null;
        }), RollbackConfigurationType.ANY_THROWABLE);
    }
}
