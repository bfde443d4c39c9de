package nl.schoolboard.sexting.prevention.planning.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.GoldenPreventionEvents;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.CancellationReason;
import nl.schoolboard.sexting.prevention.planning.ChangedBy;
import nl.schoolboard.sexting.prevention.planning.PlanningReason;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.Schedule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's side of the golden files of {@code prevention-events}: an activity the school added itself, with
 * a title, a place, a leader and a cancellation in its own words, must be published exactly as the golden files of
 * the contract say, which hold none of those words.
 */
class GoldenPreventionEventsProducerTest {

    private static final ChangedBy LEADER = new ChangedBy("user-7", "SCHOOL_LEADER");
    private static final Instant PLANNED_AT = Instant.parse("2026-11-20T08:05:00Z");

    private final PreventionActivity planned = PreventionActivity.planned(ActivityId.of("activity-1"),
            ActivityKind.OTHER, "board-1", "school-1", "Gastles van meneer Jansen", List.of("2", "havo 3"),
            LocalDate.of(2027, 1, 29), null, null, PlanningReason.ADDED_BY_SCHOOL, null, PLANNED_AT, LEADER);
    private final PreventionActivity scheduled = planned.schedule(new Schedule(LocalDate.of(2027, 1, 12),
            LocalTime.of(10, 0), LocalTime.of(11, 30), "lokaal van juf Pietersen", "mentor Kees de Vries"),
            Instant.parse("2026-11-23T09:00:00Z"), LEADER);
    private final PreventionActivity cancelled = scheduled.cancel(CancellationReason.ILLNESS,
            "Kees de Vries is ziek", Instant.parse("2026-12-01T14:30:00Z"), LEADER);

    @Test
    void a_scheduled_activity_is_published_as_the_golden_file_says() throws Exception {
        assertThat(published(scheduled)).isEqualTo(golden(PreventionEvent.ACTIVITY_SCHEDULED));
    }

    @Test
    void a_cancelled_activity_is_published_as_the_golden_file_says_its_reason_a_code() throws Exception {
        assertThat(published(cancelled)).isEqualTo(golden(PreventionEvent.ACTIVITY_CANCELLED));
        assertThat(published(cancelled).path("cancellationReasonCode").asText()).isEqualTo("ILLNESS");
    }

    @Test
    void none_of_the_words_the_school_typed_is_published() {
        for (PreventionActivity activity : List.of(planned, scheduled, cancelled)) {
            assertThat(published(activity).toString()).doesNotContain("Jansen", "Pietersen", "Kees", "ziek",
                    "Gastles");
        }
    }

    private static JsonNode published(PreventionActivity activity) {
        return CaseEventJson.mapper().valueToTree(KafkaPlanningEvents.eventOf(activity, activity.lastChange()));
    }

    private static JsonNode golden(String type) throws Exception {
        return CaseEventJson.mapper().readTree(GoldenPreventionEvents.bytes(type));
    }
}
