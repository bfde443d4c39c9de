package nl.schoolboard.sexting.caseservice.audit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board's chain read from a cursor comes in batches of {@link AuditTrail#STREAM_BATCH}, whatever its length: the
 * store is never asked for the whole chain in one reply (on a board of 268,817 entries that reply was 183 MB, over
 * the driver's limit, and the verification answered 500).
 */
class AuditTrailStreamTest {

    private static final String BOARD = "board-stream";
    private static final int ENTRIES = 2 * AuditTrail.STREAM_BATCH + 1;

    /** The number of entries in each reply the store sent to a find or a getMore. */
    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(InMemoryMongo.uri("audit-stream")))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandSucceeded(CommandSucceededEvent event) {
                    BsonDocument cursor = event.getResponse().getDocument("cursor", null);
                    if (cursor != null) {
                        String batch = cursor.containsKey("firstBatch") ? "firstBatch" : "nextBatch";
                        batches.add(cursor.getArray(batch).size());
                    }
                }
            })
            .build());
    private final MongoTemplate mongo = new MongoTemplate(client, "audit-stream-" + UUID.randomUUID());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void a_chain_longer_than_two_batches_streams_whole_and_in_order_one_batch_a_reply() {
        AuditTrail trail = AuditTrails.startedOn(mongo);
        for (int i = 1; i <= ENTRIES; i++) {
            trail.append(new AuditRecord("source-" + i, AuditKind.NOTIFICATION, "NotificationSent", BOARD, "school-a",
                    "case-1", "system", "SYSTEM", Instant.parse("2026-11-20T10:00:00Z"),
                    Instant.parse("2026-11-20T10:00:01Z"), Map.of()));
        }
        batches.clear();

        try (Stream<AuditEntry> chain = trail.stream(BOARD)) {
            assertThat(chain.map(AuditEntry::seq).toList())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, ENTRIES).boxed().toList());
        }

        assertThat(batches).as("entries per reply").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(AuditTrail.STREAM_BATCH));
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ENTRIES);
    }
}
