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
}
