package nl.schoolboard.sexting.systemtests.benchmark;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated history holds together as case-service would have left it: every case's events numbered from 0
 * without gaps, opened by its report and, when closed, closed last; one audit entry per event, each linked to the
 * one before. Whether case-service reads it as generated is checked by the benchmark itself, through the API.
 */
class HistoryGeneratorTest {

    private final MongoDatabase database = InMemoryMongo.client().getDatabase("history-generator-test");

    @Test
    void writes_each_case_in_order_and_one_chained_audit_entry_per_event() {
        HistoryGenerator.Written written = HistoryGenerator.write(database, "board-h",
                new HistoryGenerator.Size(2, 2, 1), Instant.parse("2026-12-03T10:00:00Z"), 7L);

        assertThat(written.cases()).isBetween(2L, 4L);
        assertThat(written.events()).isEqualTo(database.getCollection("domainevents").countDocuments());
        assertThat(written.events() / written.cases()).as("events per case").isGreaterThanOrEqualTo(15);
        Map<String, List<Document>> byCase = new HashMap<>();
        database.getCollection("domainevents").find().sort(Sorts.ascending("sequenceNumber"))
                .forEach(event -> byCase.computeIfAbsent(event.getString("aggregateIdentifier"),
                        id -> new ArrayList<>()).add(event));
        assertThat(byCase).hasSize((int) written.cases());
        byCase.values().forEach(events -> {
            for (int seq = 0; seq < events.size(); seq++) {
                assertThat(events.get(seq).getLong("sequenceNumber")).isEqualTo(seq);
            }
            assertThat(events.get(0).getString("payloadType")).endsWith(".IncidentReported");
            assertThat(events.stream().filter(e -> e.getString("payloadType").endsWith(".CaseClosed")))
                    .allSatisfy(closed -> assertThat(closed).isSameAs(events.get(events.size() - 1)));
        });

        List<Document> trail = database.getCollection("audit_trail").find().sort(Sorts.ascending("seq"))
                .into(new ArrayList<>());
        assertThat(trail).hasSize((int) written.events());
        assertThat(trail.get(0).getLong("seq")).isEqualTo(1L);
        assertThat(trail.get(0).getString("previousHash")).isEqualTo("0".repeat(64));
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).getString("previousHash")).isEqualTo(trail.get(i - 1).getString("hash"));
            assertThat(trail.get(i).getString("_id")).isEqualTo("board-h:" + (i + 1));
        }
    }
}
