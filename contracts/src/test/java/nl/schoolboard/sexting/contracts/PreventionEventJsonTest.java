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
            "board-1", "school-1", "activity-1", "PARENT_EVENING", "SCHEDULED", LocalDate.of(2026, 12, 4), null,
            List.of(), "MINOR_NUDE_INVOLVED", "case-1", LocalDate.of(2026, 12, 3), LocalTime.of(19, 30),
            LocalTime.of(21, 0), null, null, null, new Actor("user-7", "CARE_COORDINATOR"));

    @Test
    void an_event_keeps_who_made_the_change_over_the_round_trip() throws Exception {
        byte[] json = CaseEventJson.mapper().writeValueAsBytes(scheduled);

        PreventionEvent read = CaseEventJson.mapper().readValue(json, PreventionEvent.class);

        assertThat(read).isEqualTo(scheduled);
        assertThat(CaseEventJson.mapper().readTree(json).path("actor").path("role").asText())
                .isEqualTo("CARE_COORDINATOR");
    }

    @Test
    void no_field_of_the_published_type_can_hold_what_staff_type() {
        JsonNode json = CaseEventJson.mapper().valueToTree(scheduled);

        assertThat(json.has("title")).isFalse();
        assertThat(json.has("location")).isFalse();
        assertThat(json.has("ledBy")).isFalse();
        assertThat(json.has("cancellationReason")).isFalse();
        assertThat(PreventionEvent.SCHEMA_VERSION).isEqualTo(2);
    }

    @Test
    void a_version_1_event_with_free_text_and_without_an_actor_is_read_and_the_free_text_dropped() throws Exception {
        ObjectNode older = CaseEventJson.mapper().valueToTree(scheduled);
        older.put("schemaVersion", 1);
        older.remove("actor");
        older.remove("cancellationReasonCode");
        older.put("title", "Ouderavond");
        older.put("location", "aula");
        older.put("ledBy", "directeur");
        older.putNull("cancellationReason");

        PreventionEvent read = CaseEventJson.mapper().treeToValue(older, PreventionEvent.class);

        assertThat(read.actor()).isNull();
        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(read.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(CaseEventJson.mapper().writeValueAsString(read)).doesNotContain("aula", "directeur", "Ouderavond");
    }

    @Test
    void the_golden_files_read_as_events_of_the_current_version_with_codes_only() throws Exception {
        PreventionEvent cancelled = CaseEventJson.mapper().readValue(
                GoldenPreventionEvents.bytes(PreventionEvent.ACTIVITY_CANCELLED), PreventionEvent.class);
        PreventionEvent held = CaseEventJson.mapper().readValue(
                GoldenPreventionEvents.bytes(PreventionEvent.ACTIVITY_SCHEDULED), PreventionEvent.class);

        assertThat(cancelled.type()).isEqualTo(PreventionEvent.ACTIVITY_CANCELLED);
        assertThat(cancelled.schemaVersion()).isEqualTo(PreventionEvent.SCHEMA_VERSION);
        assertThat(cancelled.cancellationReasonCode()).isIn(PreventionEvent.CANCELLATION_CODES);
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(held.type()).isEqualTo(PreventionEvent.ACTIVITY_SCHEDULED);
        assertThat(held.date()).isNotNull();
        assertThat(held.startTime()).isNotNull();
        for (String type : List.of(PreventionEvent.ACTIVITY_CANCELLED, PreventionEvent.ACTIVITY_SCHEDULED)) {
            JsonNode golden = CaseEventJson.mapper().readTree(GoldenPreventionEvents.bytes(type));
            JsonNode again = CaseEventJson.mapper().valueToTree(
                    CaseEventJson.mapper().treeToValue(golden, PreventionEvent.class));
            assertThat(again).as("every field of %s is one of the type", type).isEqualTo(golden);
        }
    }
}
