package nl.schoolboard.sexting.caseservice.eventstore;

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
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
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

    private static final EventsOfOld STORE = new EventsOfOld("moved-event-types");

    @Test
    void an_incident_reported_stored_under_its_former_type_name_loads_as_the_current_event() {
        CaseId caseId = CaseId.random();
        IncidentReported reported = new IncidentReported(caseId, new BoardId("board-1"), new SchoolId("school-1"),
                Instant.parse("2025-03-10T08:30:00Z"), CameToLight.VICTIM_TOLD_STAFF, MaterialKind.PHOTO,
                Set.of(Platform.SNAPCHAT), true,
                List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM)), List.of("3"),
                new Reporter("user-1", "SCHOOL_LEADER"));
        STORE.store(caseId, reported);
        writtenUnderTheFormerName(caseId);

        assertThat(STORE.payloads(caseId, new MovedEventTypes())).containsExactly(reported);
    }

    @Test
    void without_the_upcaster_the_former_name_is_an_unknown_type() {
        CaseId caseId = CaseId.random();
        STORE.store(caseId, new IncidentReported(caseId, new BoardId("board-1"), new SchoolId("school-1"),
                Instant.EPOCH, CameToLight.OTHER, MaterialKind.PHOTO, Set.of(), false, List.of(), List.of(),
                new Reporter("user-1", "SCHOOL_LEADER")));
        writtenUnderTheFormerName(caseId);

        Object payload = STORE.payloads(caseId, NoOpEventUpcaster.INSTANCE).get(0);

        assertThat(payload).isInstanceOf(UnknownSerializedType.class);
        assertThat(((UnknownSerializedType) payload).serializedType().getName())
                .isEqualTo(MovedEventTypes.FORMER_PACKAGE + "IncidentReported");
    }

    private static void writtenUnderTheFormerName(CaseId caseId) {
        STORE.rewrite(caseId, 0, Updates.set("payloadType", MovedEventTypes.FORMER_PACKAGE + "IncidentReported"));
        assertThat(STORE.stored(caseId, 0).getString("payloadType")).endsWith(".incident.command.IncidentReported");
    }
}
