package nl.schoolboard.sexting.prevention.planning;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static nl.schoolboard.sexting.prevention.planning.PlanningFakes.LEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreventionActivityTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:05:00Z");
    private static final Schedule FIRST = new Schedule(LocalDate.of(2026, 12, 3), LocalTime.of(19, 30),
            LocalTime.of(21, 0), "aula", "mentor 2B");
    private static final Schedule MOVED = new Schedule(LocalDate.of(2026, 12, 10), LocalTime.of(19, 0),
            LocalTime.of(20, 30), "gymzaal", "zorgcoördinator");

    private final PreventionActivity planned = PreventionActivity.planned(ActivityId.of("a-1"),
            ActivityKind.PARENT_EVENING, "board-1", "school-1", null, List.of(), LocalDate.of(2026, 12, 18), null,
            null, PlanningReason.INCIDENT_THIS_TERM, "case-1", T0);

    @Test
    void planned_then_scheduled_then_rescheduled_then_done_keeps_every_step_in_its_history() {
        PreventionActivity done = planned.schedule(FIRST, T0.plusSeconds(60), LEADER)
                .schedule(MOVED, T0.plusSeconds(120), LEADER)
                .complete(48, T0.plusSeconds(180), LEADER);

        assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(done.schedule()).isEqualTo(MOVED);
        assertThat(done.attendance()).isEqualTo(48);
        assertThat(done.version()).isEqualTo(4);
        assertThat(done.history()).extracting(ActivityChange::type).containsExactly(ChangeType.PLANNED,
                ChangeType.SCHEDULED, ChangeType.RESCHEDULED, ChangeType.COMPLETED);
        assertThat(done.history().get(1).schedule()).isEqualTo(FIRST);
        assertThat(done.history().get(2).previousDate()).isEqualTo(FIRST.date());
        assertThat(done.history()).extracting(ActivityChange::eventId).doesNotHaveDuplicates();
        assertThat(done.unpublishedChanges()).hasSize(4);
    }

    @Test
    void event_ids_follow_from_the_activity_and_the_step_so_a_copy_can_be_recognised() {
        PreventionActivity scheduledOnce = planned.schedule(FIRST, T0, LEADER);
        PreventionActivity scheduledAgainLater = planned.schedule(MOVED, T0.plusSeconds(999), LEADER);

        assertThat(scheduledOnce.lastChange().eventId()).isEqualTo(scheduledAgainLater.lastChange().eventId());
        assertThat(planned.history().get(0).eventId()).isEqualTo(java.util.UUID.nameUUIDFromBytes(
                "a-1:PLANNED".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_cancelled_activity_cannot_be_completed_or_scheduled() {
        PreventionActivity cancelled = planned.cancel("zaal niet beschikbaar", T0, LEADER);

        assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("zaal niet beschikbaar");
        assertThatThrownBy(() -> cancelled.complete(10, T0, LEADER)).isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("cancelled");
        assertThatThrownBy(() -> cancelled.schedule(FIRST, T0, LEADER)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> cancelled.cancel("again", T0, LEADER)).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void an_activity_without_a_date_cannot_be_recorded_as_held_and_a_held_one_cannot_be_cancelled() {
        assertThatThrownBy(() -> planned.complete(10, T0, LEADER)).isInstanceOf(InvalidTransition.class)
                .hasMessageContaining("held-before-scheduled");
        PreventionActivity done = planned.schedule(FIRST, T0, LEADER).complete(10, T0, LEADER);
        assertThatThrownBy(() -> done.cancel("te laat", T0, LEADER)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> done.schedule(MOVED, T0, LEADER)).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void only_a_planned_activity_due_later_is_brought_forward() {
        assertThat(planned.dueNoLaterThan(LocalDate.of(2026, 12, 4), T0)).hasValueSatisfying(sooner -> {
            assertThat(sooner.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(sooner.lastChange().type()).isEqualTo(ChangeType.DUE_DATE_ADVANCED);
            assertThat(sooner.lastChange().previousDate()).isEqualTo(LocalDate.of(2026, 12, 18));
        });
        assertThat(planned.dueNoLaterThan(LocalDate.of(2026, 12, 18), T0)).isEmpty();
        assertThat(planned.dueNoLaterThan(LocalDate.of(2027, 1, 8), T0)).isEmpty();
        assertThat(planned.schedule(FIRST, T0, LEADER).dueNoLaterThan(LocalDate.of(2026, 12, 1), T0)).isEmpty();
    }

    @Test
    void every_step_records_who_took_it_and_what_the_service_does_by_itself_is_the_systems() {
        ChangedBy coordinator = new ChangedBy("user-care", "CARE_COORDINATOR");

        PreventionActivity cancelled = planned.schedule(FIRST, T0, LEADER).cancel("zaal bezet", T0, coordinator);

        assertThat(cancelled.history()).extracting(ActivityChange::by)
                .containsExactly(ChangedBy.SYSTEM, LEADER, coordinator);
        assertThat(planned.dueNoLaterThan(LocalDate.of(2026, 12, 4), T0).orElseThrow().lastChange().by())
                .isEqualTo(ChangedBy.SYSTEM);
        assertThat(ChangedBy.SYSTEM).isEqualTo(new ChangedBy("prevention-service", "SYSTEM"));
    }
}
