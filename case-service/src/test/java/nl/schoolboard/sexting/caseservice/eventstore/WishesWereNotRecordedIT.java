package nl.schoolboard.sexting.caseservice.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
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
 * A police decision and a team briefing stored before the victim's voice was recorded load on the MongoDB-wire store
 * with the wishes {@code NOT_RECORDED}, through the whole chain the service reads with; that includes a police decision
 * stored before roles became codes (no revision at all). New events are read as written.
 */
class WishesWereNotRecordedIT {

    private static final Instant AT = Instant.parse("2025-03-10T08:30:00Z");
    private static final PersonRef MENTOR = new PersonRef("S-1");

    private static MongoClient client;
    private static DefaultMongoTemplate template;

    @BeforeAll
    static void store() {
        client = MongoClients.create(InMemoryMongo.uri("wishes-were-not-recorded"));
        template = DefaultMongoTemplate.builder().mongoDatabase(client, "wishes-were-not-recorded").build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void old_police_decisions_and_briefings_load_with_the_wishes_not_recorded() {
        CaseId caseId = CaseId.random();
        engine(NoOpEventUpcaster.INSTANCE).appendEvents(
                event(caseId, 0, new PoliceContacted(caseId, AT, Values.PoliceDecision.MELDING,
                        ConversationRole.SCHOOL_LEADER, "PL09-1", ReportWish.WANTS_REPORT, ReportWish.WANTS_REPORT)),
                event(caseId, 1, new PoliceContacted(caseId, AT, Values.PoliceDecision.AANGIFTE,
                        ConversationRole.SCHOOL_LEADER, null, ReportWish.WANTS_REPORT, ReportWish.WANTS_REPORT)),
                event(caseId, 2, new TeamBriefed(caseId, AT, List.of(MENTOR), null, false,
                        Values.ClassDiscussion.MENTOR_CONVERSATION, MENTOR, DiscussionWish.AGREES, DiscussionWish.AGREES,
                        null)));
        writtenWithoutWishes(caseId, 0, "2", "\"WANTS_REPORT\"");
        writtenWithoutWishes(caseId, 1, null, "\"WANTS_REPORT\"");
        writtenWithoutWishes(caseId, 2, null, "\"AGREES\"");

        List<? extends DomainEventMessage<?>> read = engine(asTheServiceReads()).readEvents(caseId.value()).asStream().toList();

        PoliceContacted revisionTwo = (PoliceContacted) read.get(0).getPayload();
        assertThat(revisionTwo.decision()).isEqualTo(Values.PoliceDecision.MELDING);
        assertThat(revisionTwo.victimWish()).isEqualTo(ReportWish.NOT_RECORDED);
        assertThat(revisionTwo.parentsWish()).isEqualTo(ReportWish.NOT_RECORDED);
        PoliceContacted noRevision = (PoliceContacted) read.get(1).getPayload();
        assertThat(noRevision.decidedByRole()).isEqualTo(ConversationRole.SCHOOL_LEADER);
        assertThat(noRevision.victimWish()).isEqualTo(ReportWish.NOT_RECORDED);
        TeamBriefed briefed = (TeamBriefed) read.get(2).getPayload();
        assertThat(briefed.classDiscussion()).isEqualTo(Values.ClassDiscussion.MENTOR_CONVERSATION);
        assertThat(briefed.victimWish()).isEqualTo(DiscussionWish.NOT_RECORDED);
        assertThat(briefed.parentsWish()).isEqualTo(DiscussionWish.NOT_RECORDED);
        assertThat(briefed.discussionReason()).isNull();
    }

    @Test
    void new_decisions_keep_the_wishes_they_were_written_with() {
        CaseId caseId = CaseId.random();
        PoliceContacted contacted = new PoliceContacted(caseId, AT, Values.PoliceDecision.MELDING,
                ConversationRole.SCHOOL_LEADER, null, ReportWish.DOES_NOT_WANT, ReportWish.NOT_ASKED);
        TeamBriefed briefed = new TeamBriefed(caseId, AT, List.of(MENTOR), null, false,
                Values.ClassDiscussion.NOT_DISCUSSED, null, DiscussionWish.NOT_ASKED, DiscussionWish.NOT_ASKED, null);
        engine(NoOpEventUpcaster.INSTANCE).appendEvents(event(caseId, 0, contacted), event(caseId, 1, briefed));

        assertThat(stored(caseId, 0).getString("payloadRevision")).isEqualTo("3");
        assertThat(stored(caseId, 1).getString("payloadRevision")).isEqualTo("2");
        assertThat(engine(asTheServiceReads()).readEvents(caseId.value()).asStream().<Object>map(DomainEventMessage::getPayload)
                .toList()).containsExactly(contacted, briefed);
    }

    private static EventUpcaster asTheServiceReads() {
        return new EventUpcasterChain(new MovedEventTypes(), new RolesBecameCodes(), new WishesWereNotRecorded());
    }

    private static GenericDomainEventMessage<Object> event(CaseId caseId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("IncidentCase", caseId.value(), sequence, payload);
    }

    private static Document stored(CaseId caseId, long sequence) {
        return template.eventCollection().find(Filters.and(Filters.eq("aggregateIdentifier", caseId.value()),
                Filters.eq("sequenceNumber", sequence))).first();
    }

    /** Rewrites a stored event as it was written before the wishes: without them, at an older revision. */
    private static void writtenWithoutWishes(CaseId caseId, long sequence, String revision, String wish) {
        String payload = stored(caseId, sequence).getString("serializedPayload");
        String without = payload.replace(",\"victimWish\":" + wish, "").replace(",\"parentsWish\":" + wish, "")
                .replace(",\"discussionReason\":null", "");
        assertThat(without).doesNotContain("Wish").doesNotContain("discussionReason");
        long rewritten = template.eventCollection().updateOne(
                Filters.and(Filters.eq("aggregateIdentifier", caseId.value()), Filters.eq("sequenceNumber", sequence)),
                Updates.combine(Updates.set("serializedPayload", without), Updates.set("payloadRevision", revision)))
                .getModifiedCount();
        assertThat(rewritten).isEqualTo(1);
    }

    private static EventStorageEngine engine(EventUpcaster upcaster) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        serializer.getObjectMapper().findAndRegisterModules();
        return MongoEventStorageEngine.builder().mongoTemplate(template).eventSerializer(serializer)
                .snapshotSerializer(serializer).upcasterChain(upcaster).build();
    }
}
