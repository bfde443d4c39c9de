package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.Affiliation;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.Sector;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static nl.schoolboard.sexting.caseservice.incident.query.CaseFoldTest.CAME_TO_LIGHT;
import static nl.schoolboard.sexting.caseservice.incident.query.CaseFoldTest.CASE;
import static nl.schoolboard.sexting.caseservice.incident.query.CaseFoldTest.VICTIM_DUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case projection applies each event to the case as its last event left it, and reads the case from the event
 * store only where it has not followed it; either way the stored view is the fold of all the case's events.
 */
class CaseProjectionTest {

    private final MongoTemplate mongo = new MongoTemplate(InMemoryMongo.client(), "case-projection-test");
    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CaseHistory history = new CaseHistory(events);
    /** How often the projection read a case from the event store. */
    private final AtomicInteger storeReads = new AtomicInteger();
    private final CaseProjection projection = new CaseProjection(mongo, new CaseHistory(events) {
        @Override
        public List<RecordedFact> facts(String caseId) {
            storeReads.incrementAndGet();
            return super.facts(caseId);
        }
    });
    private final List<CaseFact> protocol = List.of(CaseFoldTest.reported(true), CaseFoldTest.deadlines(),
            new StepBecameOverdue(CASE, ProtocolStep.VICTIM_CONVERSATION, VICTIM_DUE),
            CaseFoldTest.victimInterviewed(VICTIM_DUE.plusSeconds(60)),
            new PoliceContacted(CASE, CAME_TO_LIGHT.plusSeconds(7200), Values.PoliceDecision.MELDING,
                    ConversationRole.SCHOOL_LEADER, "PV-1", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED));

    @AfterEach
    void dropViews() {
        mongo.dropCollection(CaseView.class);
        events.shutDown();
    }

    @Test
    void each_event_is_applied_to_the_followed_case_without_reading_the_case_again() {
        for (int sequence = 0; sequence < protocol.size(); sequence++) {
            handle(store(sequence), sequence);

            assertThat(stored()).isEqualTo(CaseFold.fold(history.facts(CASE.value())).orElseThrow());
        }
        // followed from its report, which has nothing before it: no event of the case is read from the store
        assertThat(storeReads).hasValue(0);
        assertThat(stored().version()).isEqualTo(protocol.size() - 1);
    }

    @Test
    void a_report_delivered_again_to_an_instance_that_did_not_follow_the_case_leaves_the_newer_view() {
        for (int sequence = 0; sequence < protocol.size(); sequence++) {
            handle(store(sequence), sequence);
        }
        CaseView before = stored();
        CaseProjection restarted = new CaseProjection(mongo, history);

        restarted.on(fact(0), 0, Instant.now());

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_case_not_followed_up_to_the_event_before_is_folded_from_the_store() {
        handle(store(0), 0);
        store(1);
        store(2); // handled elsewhere (another instance): this projection did not see 1 and 2
        handle(store(3), 3);

        assertThat(stored()).isEqualTo(CaseFold.fold(history.facts(CASE.value())).orElseThrow());
        assertThat(stored().version()).isEqualTo(3);
    }

    @Test
    void a_redelivered_event_changes_nothing_and_a_replay_starts_from_nothing() {
        for (int sequence = 0; sequence < protocol.size(); sequence++) {
            handle(store(sequence), sequence);
        }
        CaseView before = stored();

        handle(fact(2), 2);
        assertThat(stored()).isEqualTo(before);

        projection.dropForReplay();
        assertThat(mongo.findById(CASE.value(), CaseView.class)).isNull();
        for (int sequence = 0; sequence < protocol.size(); sequence++) {
            handle(fact(sequence), sequence);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_case_with_an_erasure_is_folded_from_the_store_for_every_later_event() {
        PersonalDataErased erasure = new PersonalDataErased(CASE, VICTIM_DUE, new PersonRef("P-2"),
                ErasureReason.SUBJECT_REQUEST);
        handle(store(0), 0);
        events.publish(new GenericDomainEventMessage<>("IncidentCase", CASE.value(), 1, erasure));
        int readsBeforeErasure = storeReads.get();
        projection.on(erasure, 1, Instant.now());
        // the erasure itself is folded from the store too: the progress in memory holds texts read before it
        assertThat(storeReads.get() - readsBeforeErasure).isEqualTo(1);
        int readsBefore = storeReads.get();

        // the keys are destroyed after the erasure: texts held in memory from before must not reach the view again
        for (int sequence = 2; sequence < protocol.size(); sequence++) {
            events.publish(new GenericDomainEventMessage<>("IncidentCase", CASE.value(), sequence, fact(sequence)));
            projection.on(fact(sequence), sequence, Instant.now());
        }

        assertThat(storeReads.get() - readsBefore).isEqualTo(protocol.size() - 2);
        assertThat(stored().version()).isEqualTo(protocol.size() - 1);
    }

    @Test
    void a_persons_facts_are_stored_with_the_view_and_a_view_stored_before_them_loads_with_none() {
        List<CaseFact> withFacts = List.of(CaseFoldTest.reported(true), CaseFoldTest.factsRecorded("P-1",
                new PersonFacts(Set.of(Act.PICTURED, Act.MADE_IMAGE), true, true, List.of(new PersonRef("P-2")), 14,
                        null, Affiliation.PUPIL_OF_THIS_SCHOOL, Sector.VO)));
        for (int sequence = 0; sequence < withFacts.size(); sequence++) {
            events.publish(new GenericDomainEventMessage<>("IncidentCase", CASE.value(), sequence, withFacts.get(sequence)));
            handle(withFacts.get(sequence), sequence);
        }
        CaseView folded = CaseFold.fold(history.facts(CASE.value())).orElseThrow();
        assertThat(stored()).isEqualTo(folded);
        assertThat(stored().people().get(0).facts().ageBand()).isEqualTo("FROM_12_TO_17");

        Document older = new Document();
        mongo.getConverter().write(folded, older);
        older.getList("people", Document.class).forEach(person -> {
            person.remove("facts");
            person.remove("findings");
        });
        mongo.getCollection(mongo.getCollectionName(CaseView.class)).replaceOne(new Document("_id", CASE.value()), older);

        assertThat(stored().people()).extracting(CaseView.Person::facts).containsOnlyNulls();
        assertThat(stored().people()).allSatisfy(person -> assertThat(person.findings()).isEmpty());
        assertThat(stored().people()).extracting(CaseView.Person::ref).containsExactly("P-1", "P-2");
    }

    private CaseFact fact(int sequence) {
        return protocol.get(sequence);
    }

    private CaseFact store(int sequence) {
        events.publish(new GenericDomainEventMessage<>("IncidentCase", CASE.value(), sequence, fact(sequence)));
        return fact(sequence);
    }

    private void handle(CaseFact fact, long sequence) {
        Instant recordedAt = history.facts(CASE.value()).get((int) sequence).recordedAt();
        projection.on(fact, sequence, recordedAt);
    }

    private CaseView stored() {
        return mongo.findById(CASE.value(), CaseView.class);
    }
}
