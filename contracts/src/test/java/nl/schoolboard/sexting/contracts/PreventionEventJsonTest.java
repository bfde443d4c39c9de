package nl.schoolboard.sexting.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PreventionEventJsonTest {

    private final PreventionEvent scheduled = new PreventionEvent(UUID.randomUUID(),
            PreventionEvent.ACTIVITY_SCHEDULED, PreventionEvent.SCHEMA_VERSION, Instant.parse("2026-11-23T09:00:00Z"),
            "board-1", "school-1", "activity-1", "PARENT_EVENING", "SCHEDULED", LocalDate.of(2026, 12, 4), null, null,
            List.of(), "MINOR_NUDE_INVOLVED", "case-1", LocalDate.of(2026, 12, 3), LocalTime.of(19, 30),
            LocalTime.of(21, 0), "aula", "directeur", null, null, null, new Actor("user-7", "CARE_COORDINATOR"));

    @Test
    void an_event_keeps_who_made_the_change_over_the_round_trip() throws Exception {
        byte[] json = CaseEventJson.mapper().writeValueAsBytes(scheduled);

        PreventionEvent read = CaseEventJson.mapper().readValue(json, PreventionEvent.class);

        assertThat(read).isEqualTo(scheduled);
        assertThat(read.actor()).isEqualTo(new Actor("user-7", "CARE_COORDINATOR"));
        assertThat(CaseEventJson.mapper().readTree(json).path("actor").path("role").asText())
                .isEqualTo("CARE_COORDINATOR");
    }

    @Test
    void an_event_written_before_actors_were_recorded_reads_without_one() throws Exception {
        ObjectNode older = CaseEventJson.mapper().valueToTree(scheduled);
        older.remove("actor");

        PreventionEvent read = CaseEventJson.mapper().treeToValue(older, PreventionEvent.class);

        assertThat(read.actor()).isNull();
        assertThat(read.location()).isEqualTo("aula");
    }

    @Test
    void the_older_constructors_still_make_events_without_an_actor() {
        PreventionEvent planned = new PreventionEvent(UUID.randomUUID(), PreventionEvent.ACTIVITY_PLANNED,
                PreventionEvent.ACTIVITY_PLANNED_VERSION, Instant.parse("2026-11-20T08:05:00Z"), "board-1", "school-1",
                "activity-1", "MEDIA_LITERACY_LESSON", "PLANNED", LocalDate.of(2026, 12, 11), "case-1");
        JsonNode json = CaseEventJson.mapper().valueToTree(planned);

        assertThat(planned.actor()).isNull();
        assertThat(json.has("actor")).isTrue();
        assertThat(json.path("actor").isNull()).isTrue();
        assertThat(PreventionEvent.SYSTEM).isEqualTo(new Actor("prevention-service", "SYSTEM"));
    }
}
