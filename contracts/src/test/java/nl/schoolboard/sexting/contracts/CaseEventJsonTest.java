package nl.schoolboard.sexting.contracts;

import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.GuardiansInformedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload.InvolvedPupil;
import nl.schoolboard.sexting.contracts.payload.PersonReference;
import nl.schoolboard.sexting.contracts.payload.YearGroup;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseEventJsonTest {

    private final IncidentReportedPayload payload = new IncidentReportedPayload(
            Instant.parse("2026-11-20T08:00:00Z"), new Code("PUPIL_TOLD_STAFF"), new Code("PHOTO"),
            List.of(new Code("SNAPCHAT")), true,
            List.of(new InvolvedPupil(new PersonReference("P-1"), new Code("VICTIM"))), List.of(new YearGroup("3")));

    private final CaseEvent event = new CaseEvent(UUID.randomUUID(), CaseEventType.INCIDENT_REPORTED.typeName(),
            CaseEventType.INCIDENT_REPORTED.schemaVersion(), Instant.parse("2026-11-20T08:00:00Z"),
            Instant.parse("2026-11-20T08:05:00Z"), "board-1", "school-1", "case-1", 0,
            new Actor("user-1", "SCHOOL_LEADER"), "corr-1", CaseEventJson.toTree(payload));

    @Test
    void an_event_survives_the_round_trip_with_its_typed_payload() {
        CaseEvent read = CaseEventJson.read(CaseEventJson.write(event));

        assertThat(read).isEqualTo(event);
        assertThat(CaseEventJson.payload(read, IncidentReportedPayload.class)).isEqualTo(payload);
    }

    @Test
    void a_field_added_by_a_newer_producer_is_ignored() {
        String json = new String(CaseEventJson.write(event), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":42,");

        assertThat(CaseEventJson.read(json.getBytes(StandardCharsets.UTF_8)).eventId()).isEqualTo(event.eventId());
    }

    @Test
    void a_record_that_is_not_json_is_malformed() {
        assertThatThrownBy(() -> CaseEventJson.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedCaseEvent.class);
    }

    @Test
    void an_envelope_without_its_identifiers_is_malformed_and_says_what_is_missing() {
        assertThatThrownBy(() -> CaseEventJson.read("{\"type\":\"IncidentReported\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedCaseEvent.class)
                .hasMessageContaining("eventId")
                .hasMessageContaining("caseId")
                .hasMessageContaining("payload");
    }

    @Test
    void a_schema_version_the_contract_does_not_know_is_malformed() {
        CaseEvent newer = new CaseEvent(event.eventId(), event.type(), 2, event.occurredAt(), event.recordedAt(),
                event.boardId(), event.schoolId(), event.caseId(), event.caseVersion(), event.actor(),
                event.correlationId(), event.payload());

        assertThatThrownBy(() -> CaseEventJson.payload(newer, IncidentReportedPayload.class))
                .isInstanceOf(MalformedCaseEvent.class)
                .hasMessageContaining("v2");
    }

    @Test
    void a_payload_with_words_where_a_code_belongs_is_malformed() {
        String json = new String(CaseEventJson.write(event), StandardCharsets.UTF_8)
                .replace("\"PHOTO\"", "\"a photo of Jan\"");

        CaseEvent read = CaseEventJson.read(json.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CaseEventJson.payload(read, IncidentReportedPayload.class))
                .isInstanceOf(MalformedCaseEvent.class);
    }

    @Test
    void an_event_type_the_contract_does_not_know_still_reads_as_an_envelope() {
        String json = new String(CaseEventJson.write(event), StandardCharsets.UTF_8)
                .replace("\"IncidentReported\"", "\"SomethingNewHappened\"");

        CaseEvent read = CaseEventJson.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read.type()).isEqualTo("SomethingNewHappened");
        assertThat(CaseEventType.named(read.type())).isEmpty();
    }

    @Test
    void asking_for_the_payload_of_another_type_is_a_mistake_of_the_reader() {
        assertThatThrownBy(() -> CaseEventJson.payload(event, GuardiansInformedPayload.class))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(MalformedCaseEvent.class);
    }
}
