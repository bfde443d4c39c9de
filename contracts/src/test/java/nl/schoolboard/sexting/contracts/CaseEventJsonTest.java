package nl.schoolboard.sexting.contracts;

import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload.InvolvedPupil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseEventJsonTest {

    private final IncidentReportedPayload payload = new IncidentReportedPayload(
            Instant.parse("2026-11-20T08:00:00Z"), "PUPIL_TOLD_STAFF", "PHOTO", List.of("SNAPCHAT"), true,
            List.of(new InvolvedPupil("P-1", "VICTIM")), List.of("3"));

    private final CaseEvent event = new CaseEvent(UUID.randomUUID(), CaseEventTypes.INCIDENT_REPORTED,
            CaseEventTypes.INCIDENT_REPORTED_VERSION, Instant.parse("2026-11-20T08:00:00Z"),
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
}
