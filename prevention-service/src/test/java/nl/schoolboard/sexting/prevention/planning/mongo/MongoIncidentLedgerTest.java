package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.platform.calendar.SchoolYear;
import nl.schoolboard.sexting.prevention.planning.IncidentRecord;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The count per school year comes from the tally, read by id, and agrees with the ledger in every case. */
class MongoIncidentLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final SchoolYear YEAR = SchoolYear.of(DAY);

    private final MongoTemplate mongo = new MongoTemplate(InMemoryMongo.client(), "ledger-" + UUID.randomUUID());
    private final MongoIncidentLedger ledger = new MongoIncidentLedger(mongo);

    private static IncidentRecord incident(String schoolId) {
        return new IncidentRecord(UUID.randomUUID(), "case-" + UUID.randomUUID(), "board-1", schoolId, DAY, YEAR, false);
    }

    @Test
    void counts_each_incident_of_the_school_year_once_even_when_delivered_again() {
        IncidentRecord first = incident("school-1");
        ledger.record(first);
        ledger.record(incident("school-1"));
        ledger.record(first);
        ledger.record(incident("school-2"));

        assertThat(ledger.countInSchoolYear("board-1", "school-1", YEAR)).isEqualTo(2);
        assertThat(ledger.countInSchoolYear("board-1", "school-2", YEAR)).isEqualTo(1);
        assertThat(ledger.countInSchoolYear("board-2", "school-1", YEAR)).isZero();
        assertThat(tally("school-1").getBoolean("seeded")).isTrue();
    }

    @Test
    void incidents_recorded_before_the_tally_existed_are_counted_once_it_is_seeded() {
        // recorded by a version without tallies: in the ledger only
        mongo.insert(IncidentDocument.of(incident("school-1")));
        mongo.insert(IncidentDocument.of(incident("school-1")));
        assertThat(ledger.countInSchoolYear("board-1", "school-1", YEAR)).isEqualTo(2);

        ledger.record(incident("school-1"));

        assertThat(ledger.countInSchoolYear("board-1", "school-1", YEAR)).isEqualTo(3);
        assertThat(tally("school-1").getList("incidents", String.class)).hasSize(3);
    }

    @Test
    void a_tally_left_unseeded_by_a_crash_is_not_trusted_and_is_seeded_by_the_next_incident() {
        mongo.insert(IncidentDocument.of(incident("school-1")));
        IncidentRecord crashed = incident("school-1");
        mongo.insert(IncidentDocument.of(crashed));
        // the tally was created with this incident, then the process stopped before seeding it
        mongo.insert(new Document("_id", "board-1:school-1:" + YEAR).append("incidents", java.util.List.of(
                crashed.eventId().toString())).append("seeded", false), MongoIncidentLedger.TALLIES);
        assertThat(ledger.countInSchoolYear("board-1", "school-1", YEAR)).isEqualTo(2);

        ledger.record(crashed);

        assertThat(ledger.countInSchoolYear("board-1", "school-1", YEAR)).isEqualTo(2);
        ledger.record(incident("school-1"));
        assertThat(ledger.countInSchoolYear("board-1", "school-1", YEAR)).isEqualTo(3);
    }

    private Document tally(String schoolId) {
        return mongo.findById("board-1:" + schoolId + ":" + YEAR, Document.class, MongoIncidentLedger.TALLIES);
    }
}
