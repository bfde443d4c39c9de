package nl.schoolboard.sexting.caseservice.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored while the case's events lived in the package of its commands still load, on the MongoDB-wire store
 * in the stored format: the type name they were written with is the old one, and reading renames it.
 */
class MovedEventTypesIT {

    private static MongoClient client;
    private static DefaultMongoTemplate template;

    @BeforeAll
    static void store() {
        String uri = InMemoryMongo.uri("moved-event-types");
        client = MongoClients.create(uri);
        template = DefaultMongoTemplate.builder().mongoDatabase(client, "moved-event-types").build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void an_incident_reported_stored_under_its_former_type_name_loads_as_the_current_event() {
        CaseId caseId = CaseId.random();
        IncidentReported reported = new IncidentReported(caseId, new BoardId("board-1"), new SchoolId("school-1"),
                Instant.parse("2025-03-10T08:30:00Z"), CameToLight.VICTIM_TOLD_STAFF, MaterialKind.PHOTO,
                Set.of(Platform.SNAPCHAT), true,
                List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM)), List.of("3"),
                new Reporter("user-1", "SCHOOL_LEADER"));
        engine(NoOpEventUpcaster.INSTANCE).appendEvents(
                new GenericDomainEventMessage<>("IncidentCase", caseId.value(), 0, reported));
        writtenUnderTheFormerName(caseId);

        List<? extends DomainEventMessage<?>> read =
                engine(new MovedEventTypes()).readEvents(caseId.value()).asStream().toList();

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getPayload()).isEqualTo(reported);
    }

    @Test
    void without_the_upcaster_the_former_name_is_an_unknown_type() {
        CaseId caseId = CaseId.random();
        engine(NoOpEventUpcaster.INSTANCE).appendEvents(new GenericDomainEventMessage<>("IncidentCase", caseId.value(), 0,
                new IncidentReported(caseId, new BoardId("board-1"), new SchoolId("school-1"), Instant.EPOCH,
                        CameToLight.OTHER, MaterialKind.PHOTO, Set.of(), false, List.of(), List.of(),
                        new Reporter("user-1", "SCHOOL_LEADER"))));
        writtenUnderTheFormerName(caseId);

        Object payload = engine(NoOpEventUpcaster.INSTANCE).readEvents(caseId.value()).asStream().toList().get(0)
                .getPayload();

        assertThat(payload).isInstanceOf(UnknownSerializedType.class);
        assertThat(((UnknownSerializedType) payload).serializedType().getName())
                .isEqualTo(MovedEventTypes.FORMER_PACKAGE + "IncidentReported");
    }

    private static void writtenUnderTheFormerName(CaseId caseId) {
        long renamed = template.eventCollection().updateMany(Filters.eq("aggregateIdentifier", caseId.value()),
                Updates.set("payloadType", MovedEventTypes.FORMER_PACKAGE + "IncidentReported")).getModifiedCount();
        assertThat(renamed).isEqualTo(1);
        Document stored = template.eventCollection().find(Filters.eq("aggregateIdentifier", caseId.value())).first();
        assertThat(stored.getString("payloadType")).endsWith(".incident.command.IncidentReported");
    }

    private static EventStorageEngine engine(EventUpcaster upcaster) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        serializer.getObjectMapper().findAndRegisterModules();
        return MongoEventStorageEngine.builder().mongoTemplate(template).eventSerializer(serializer)
                .snapshotSerializer(serializer).upcasterChain(upcaster).build();
    }
}
