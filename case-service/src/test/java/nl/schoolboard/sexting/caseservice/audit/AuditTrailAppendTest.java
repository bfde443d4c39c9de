package nl.schoolboard.sexting.caseservice.audit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Appending against a real (in-process) MongoDB: the indexes the trail relies on exist once it has started, and two
 * case-service instances appending to the same board at once still make one unbroken chain with every source once.
 */
class AuditTrailAppendTest {

    private static final String BOARD = "board-append";

    private final MongoTemplate mongo = AuditTrails.emptyDatabase("audit-append");

    private AuditTrail startedTrail() {
        return AuditTrails.startedOn(mongo);
    }

    private static AuditRecord record(String sourceId) {
        return new AuditRecord(sourceId, AuditKind.CASE_STEP, "VictimInterviewed", BOARD, "school-a", "case-1",
                "care-1", "CARE_COORDINATOR", Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T10:00:01Z"),
                Map.of("victim", "P-1"));
    }

    @Test
    void the_indexes_the_trail_relies_on_exist_once_it_has_started() {
        startedTrail();

        List<IndexInfo> indexes = mongo.indexOps(AuditEntry.class).getIndexInfo();
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.isIndexForFields(List.of("sourceId"))).isTrue();
            assertThat(index.isUnique()).isTrue();
        });
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.isIndexForFields(List.of("boardId", "seq"))).isTrue();
            assertThat(index.isUnique()).isTrue();
        });
    }

    @Test
    void the_store_itself_refuses_a_source_recorded_twice() {
        AuditTrail trail = startedTrail();
        trail.append(record("source-1"));

        Document copy = mongo.getCollection("audit_trail").find().first();
        copy.put("_id", BOARD + ":2");
        copy.put("seq", 2L);
        assertThatThrownBy(() -> mongo.getCollection("audit_trail").insertOne(copy))
                .isInstanceOf(com.mongodb.MongoWriteException.class);
    }

    @Test
    void a_redelivered_source_is_recorded_once() {
        AuditTrail trail = startedTrail();

        trail.append(record("source-1"));
        trail.append(record("source-1"));

        assertThat(mongo.getCollection("audit_trail").countDocuments()).isEqualTo(1);
    }

    @Test
    void two_instances_appending_at_once_make_one_unbroken_chain_with_every_source_once() throws Exception {
        AuditTrail first = startedTrail();
        AuditTrail second = startedTrail();
        int sources = 80;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            // each source is delivered to both instances, as during a consumer-group rebalance
            for (AuditTrail trail : List.of(first, second, first, second)) {
                Callable<Void> appender = () -> {
                    start.await();
                    for (int i = 0; i < sources; i++) {
                        trail.append(record("source-" + i));
                    }
                    return null;
                };
                done.add(threads.submit(appender));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        List<AuditEntry> chain = first.chain(BOARD);
        assertThat(chain).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, sources).boxed().toList());
        assertThat(chain).extracting(AuditEntry::sourceId).doesNotHaveDuplicates().hasSize(sources);
        assertThat(ChainVerifier.verify(BOARD, chain.iterator(), new AuditCheckpoints.Reading(null, null, null),
                AuditTrails.CHAIN).intact()).isTrue();
    }
    @Test
    void a_batch_is_appended_as_one_unbroken_chain_after_what_was_there() {
        AuditTrail trail = startedTrail();
        trail.append(record("source-0"));

        trail.appendAll(List.of(record("source-1"), record("source-2"), record("source-3")));

        assertUnbrokenWithSources(trail, 4);
    }

    @Test
    void a_redelivered_batch_with_some_sources_recorded_adds_only_the_others_and_keeps_the_chain_whole() {
        AuditTrail trail = startedTrail();
        trail.appendAll(List.of(record("source-0"), record("source-1")));
        // another instance recorded source-3 meanwhile: the batch clashes on its place, then on source-3 itself
        AuditTrails.startedOn(mongo).append(record("source-3"));

        trail.appendAll(List.of(record("source-1"), record("source-2"), record("source-3"), record("source-4")));

        List<AuditEntry> chain = assertUnbrokenWithSources(trail, 5);
        assertThat(chain).extracting(AuditEntry::sourceId)
                .containsExactly("source-0", "source-1", "source-3", "source-2", "source-4");
    }

    @Test
    void a_batch_that_clashes_in_its_middle_stores_the_entries_before_the_clash_once() {
        AuditTrail trail = startedTrail();
        trail.append(record("source-2"));

        // the ordered insert stores source-1 and stops at source-2; the rest go one by one
        trail.appendAll(List.of(record("source-1"), record("source-2"), record("source-3")));

        List<AuditEntry> chain = assertUnbrokenWithSources(trail, 3);
        assertThat(chain).extracting(AuditEntry::sourceId).containsExactly("source-2", "source-1", "source-3");
    }

    private static List<AuditEntry> assertUnbrokenWithSources(AuditTrail trail, int sources) {
        List<AuditEntry> chain = trail.chain(BOARD);
        assertThat(chain).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, sources).boxed().toList());
        assertThat(chain).extracting(AuditEntry::sourceId).doesNotHaveDuplicates().hasSize(sources);
        assertThat(ChainVerifier.verify(BOARD, chain.iterator(), new AuditCheckpoints.Reading(null, null, null),
                AuditTrails.CHAIN).intact()).isTrue();
        return chain;
    }
}
