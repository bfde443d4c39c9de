package nl.schoolboard.sexting.caseservice.incident.origin;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static nl.schoolboard.sexting.caseservice.incident.command.A.CASE;
import static org.assertj.core.api.Assertions.assertThat;

/** A case's origin against a real (in-memory) Axon event store that counts how often a case's events are read. */
class CaseOriginsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine() {
        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            reads.incrementAndGet();
            return super.readEvents(aggregateIdentifier, firstSequenceNumber);
        }
    }).build();
    private final CaseOrigins origins = new CaseOrigins(events, 100);

    @Test
    void the_origin_is_what_the_report_named_and_is_read_from_the_store_once() {
        report();

        assertThat(origins.of(CASE.value())).hasValue(new CaseOrigin("board-1", "school-1", "user-1"));
        assertThat(origins.of(CASE.value())).isPresent();
        assertThat(origins.of(CASE.value())).isPresent();

        assertThat(reads).as("the first event names the origin for good").hasValue(1);
    }

    @Test
    void a_case_not_reported_yet_is_not_remembered_as_absent() {
        assertThat(origins.of(CASE.value())).isEmpty();

        report();

        assertThat(origins.of(CASE.value())).isPresent();
        assertThat(reads).hasValue(2);
    }

    @Test
    void no_case_id_has_no_origin_and_asks_nothing() {
        assertThat(origins.of(null)).isEmpty();
        assertThat(origins.of(" ")).isEmpty();
        assertThat(reads).hasValue(0);
    }

    private void report() {
        events.publish(new GenericDomainEventMessage<>("IncidentCase", CASE.value(), 0,
                A.report().withPupil("P-1", PersonRole.VICTIM).fact()));
    }
}
