package nl.schoolboard.sexting.caseservice.eventstore;

import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.PressStatementPrepared;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored while roles were free text (revision none) load on the MongoDB-wire store with codes only: a role
 * that was a code stays, words become {@code OTHER}, and the words are nowhere in what is read.
 */
class RolesBecameCodesIT {

    private static final Instant AT = Instant.parse("2025-03-10T08:30:00Z");
    private static final String A_NAME = "mevrouw Jan de Vries";

    private static MongoClient client;
    private static DefaultMongoTemplate template;

    @BeforeAll
    static void store() {
        client = MongoClients.create(InMemoryMongo.uri("roles-became-codes"));
        template = DefaultMongoTemplate.builder().mongoDatabase(client, "roles-became-codes").build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void old_events_with_roles_as_text_load_with_role_codes_and_without_the_words() {
        CaseId caseId = CaseId.random();
        engine(NoOpEventUpcaster.INSTANCE).appendEvents(
                new GenericDomainEventMessage<>("IncidentCase", caseId.value(), 0, new VictimInterviewed(caseId, AT,
                        new PersonRef("P-1"), true, List.of(ConversationRole.MENTOR, ConversationRole.PUPIL), null,
                        false, null)),
                new GenericDomainEventMessage<>("IncidentCase", caseId.value(), 1, new PoliceContacted(caseId, AT,
                        Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PL09-1", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED)),
                new GenericDomainEventMessage<>("IncidentCase", caseId.value(), 2, new PoliceContacted(caseId, AT,
                        Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PL09-2", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED)),
                new GenericDomainEventMessage<>("IncidentCase", caseId.value(), 3, new PressStatementPrepared(caseId,
                        AT, "De school heeft maatregelen genomen.", ConversationRole.SCHOOL_LEADER)));
        writtenAsOfOld(caseId, 0, "[\"MENTOR\",\"PUPIL\"]", "[\"MENTOR\",\"" + A_NAME + "\",\"de mentor van 3B\"]",
                true);
        writtenAsOfOld(caseId, 1, "\"SCHOOL_LEADER\"", "\"SCHOOL_LEADER\"", false);
        writtenAsOfOld(caseId, 2, "\"SCHOOL_LEADER\"", "\"" + A_NAME + "\"", false);
        writtenAsOfOld(caseId, 3, "\"SCHOOL_LEADER\"", "\"" + A_NAME + "\"", false);

        List<? extends DomainEventMessage<?>> read = engine(
                new EventUpcasterChain(new MovedEventTypes(), new RolesBecameCodes()))
                .readEvents(caseId.value()).asStream().toList();

        assertThat(read).hasSize(4);
        assertThat(((VictimInterviewed) read.get(0).getPayload()).attendeeRoles())
                .containsExactly(ConversationRole.MENTOR, ConversationRole.OTHER);
        assertThat(((PoliceContacted) read.get(1).getPayload()).decidedByRole()).isEqualTo(ConversationRole.SCHOOL_LEADER);
        assertThat(((PoliceContacted) read.get(2).getPayload()).decidedByRole()).isEqualTo(ConversationRole.OTHER);
        assertThat(((PressStatementPrepared) read.get(3).getPayload()).approvedByRole())
                .isEqualTo(ConversationRole.OTHER);
        assertThat(read).allSatisfy(event -> assertThat(event.getPayload().toString()).doesNotContain("Vries", "3B"));
    }

    @Test
    void new_events_are_written_as_their_latest_revision_and_read_unchanged() {
        CaseId caseId = CaseId.random();
        PoliceContacted contacted = new PoliceContacted(caseId, AT, Values.PoliceDecision.AANGIFTE,
                ConversationRole.SCHOOL_LEADER, null, ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED);
        engine(NoOpEventUpcaster.INSTANCE).appendEvents(
                new GenericDomainEventMessage<>("IncidentCase", caseId.value(), 0, contacted));

        Document stored = template.eventCollection().find(Filters.eq("aggregateIdentifier", caseId.value())).first();
        assertThat(stored.getString("payloadRevision")).isEqualTo("3");
        assertThat(engine(new EventUpcasterChain(new RolesBecameCodes(), new WishesWereNotRecorded())).readEvents(caseId.value()).asStream().toList().get(0).getPayload())
                .isEqualTo(contacted);
    }

    /** Rewrites a stored event as it was written before revision 2: no revision, the role field as text. */
    private static void writtenAsOfOld(CaseId caseId, long sequence, String codes, String asText, boolean list) {
        Document stored = template.eventCollection().find(Filters.and(Filters.eq("aggregateIdentifier", caseId.value()),
                Filters.eq("sequenceNumber", sequence))).first();
        String payload = stored.getString("serializedPayload");
        assertThat(payload).contains(codes);
        long rewritten = template.eventCollection().updateOne(
                Filters.and(Filters.eq("aggregateIdentifier", caseId.value()), Filters.eq("sequenceNumber", sequence)),
                Updates.combine(Updates.set("serializedPayload", payload.replace(codes, asText)),
                        Updates.set("payloadRevision", null))).getModifiedCount();
        assertThat(rewritten).as("event %d rewritten (list: %s)", sequence, list).isEqualTo(1);
    }

    private static EventStorageEngine engine(EventUpcaster upcaster) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        serializer.getObjectMapper().findAndRegisterModules();
        return MongoEventStorageEngine.builder().mongoTemplate(template).eventSerializer(serializer)
                .snapshotSerializer(serializer).upcasterChain(upcaster).build();
    }
}
