package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.Region;

import nl.schoolboard.sexting.prevention.planning.PlanningFakes.Planning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static nl.schoolboard.sexting.prevention.planning.PlanningFakes.LEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityLifecycleTest {

    private static final UUID EVENT_ID = UUID.fromString("1c2d3e4f-0000-4000-8000-000000000001");
    private static final ActivityId LESSON = ActivityId.plannedFor(EVENT_ID, ActivityKind.MEDIA_LITERACY_LESSON);

    private final Planning planning = new Planning(Instant.parse("2026-11-20T08:05:00Z"));

    @BeforeEach
    void aLessonPlannedForASchoolInTheSouth() {
        planning.schools.register(new School("school-z", "board-1", null, Region.ZUID, false, null));
        planning.planner.incidentReported(new ReportedIncident(EVENT_ID, "case-1", "board-1", "school-z",
                Instant.parse("2026-11-20T08:00:00Z"), List.of("3"), false, null));
        planning.events.published.clear();
        planning.events.correlationIds.clear();
    }

    @Test
    void scheduling_on_a_school_day_stores_it_and_publishes_it_with_the_correlation_id() {
        PreventionActivity scheduled = planning.lifecycle.schedule(LESSON, schedule(LocalDate.of(2026, 12, 3)),
                LEADER, "c-9");

        assertThat(scheduled.status()).isEqualTo(ActivityStatus.SCHEDULED);
        assertThat(planning.store.find(LESSON).orElseThrow().schedule()).isEqualTo(scheduled.schedule());
        assertThat(planning.events.types()).containsExactly(ChangeType.SCHEDULED);
        assertThat(planning.events.correlationIds).containsExactly("c-9");
        assertThat(planning.events.published).singleElement()
                .satisfies(change -> assertThat(change.by()).isEqualTo(LEADER));
        assertThat(planning.store.find(LESSON).orElseThrow().unpublishedChanges()).isEmpty();
    }

    @Test
    void a_date_on_a_weekend_a_holiday_of_the_region_or_a_public_holiday_is_refused_naming_the_field() {
        assertThatThrownBy(() -> planning.lifecycle.schedule(LESSON, schedule(LocalDate.of(2026, 12, 5)), LEADER, null))
                .isInstanceOfSatisfying(NotASchoolDay.class, refused -> {
                    assertThat(refused.field()).isEqualTo("date");
                    assertThat(refused.why()).contains("weekend");
                });
        // 8 February 2027 is in the south's voorjaarsvakantie, not the north's
        assertThatThrownBy(() -> planning.lifecycle.schedule(LESSON, schedule(LocalDate.of(2027, 2, 8)), LEADER, null))
                .isInstanceOfSatisfying(NotASchoolDay.class, refused ->
                        assertThat(refused.why()).contains("voorjaarsvakantie"));
        assertThatThrownBy(() -> planning.lifecycle.schedule(LESSON, schedule(LocalDate.of(2027, 3, 29)), LEADER, null))
                .isInstanceOfSatisfying(NotASchoolDay.class, refused ->
                        assertThat(refused.why()).isEqualTo("Tweede Paasdag"));

        assertThat(planning.store.find(LESSON).orElseThrow().status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(planning.events.published).isEmpty();
    }

    @Test
    void rescheduling_and_completing_publish_one_event_each_and_complete_after_cancel_is_refused() {
        planning.lifecycle.schedule(LESSON, schedule(LocalDate.of(2026, 12, 3)), LEADER, null);
        planning.lifecycle.schedule(LESSON, schedule(LocalDate.of(2026, 12, 8)), LEADER, null);
        PreventionActivity done = planning.lifecycle.complete(LESSON, 27, LEADER, null);

        assertThat(done.attendance()).isEqualTo(27);
        assertThat(planning.events.published).extracting(ActivityChange::type)
                .containsExactly(ChangeType.SCHEDULED, ChangeType.RESCHEDULED, ChangeType.COMPLETED);
        assertThat(planning.events.published.get(1).previousDate()).isEqualTo(LocalDate.of(2026, 12, 3));

        ActivityId evening = ActivityId.of("school-z:PARENT_EVENING:2026-2027:KERSTVAKANTIE:1");
        planning.lifecycle.cancel(evening, "te weinig aanmeldingen", LEADER, null);
        assertThatThrownBy(() -> planning.lifecycle.complete(evening, 10, LEADER, null))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void a_change_made_while_the_broker_is_away_stands_and_is_published_by_the_periodic_sweep() {
        planning.events.brokerAway = true;
        PreventionActivity scheduled = planning.lifecycle.schedule(LESSON, schedule(LocalDate.of(2026, 12, 3)),
                LEADER, null);
        assertThat(planning.store.find(LESSON).orElseThrow().status()).isEqualTo(ActivityStatus.SCHEDULED);
        assertThat(planning.store.find(LESSON).orElseThrow().unpublishedChanges()).hasSize(1);

        planning.events.brokerAway = false;
        assertThat(planning.announcer.announceStale(Duration.ofMinutes(1), 10)).as("too fresh yet").isZero();
        planning.clock.advance(Duration.ofHours(1));
        assertThat(planning.announcer.announceStale(Duration.ofMinutes(1), 10)).isEqualTo(1);

        assertThat(planning.events.published).singleElement()
                .satisfies(c -> assertThat(c.eventId()).isEqualTo(scheduled.lastChange().eventId()));
        assertThat(planning.store.find(LESSON).orElseThrow().unpublishedChanges()).isEmpty();
    }

    @Test
    void a_school_adds_its_own_activity_on_a_school_day_and_it_is_announced() {
        PreventionActivity own = planning.lifecycle.add(new ActivityLifecycle.NewActivity("school-z", "board-1",
                ActivityKind.OTHER, "Gastles Bureau Halt", List.of("4"), LocalDate.of(2027, 1, 20)), LEADER, "c-1");

        assertThat(own.reason()).isEqualTo(PlanningReason.ADDED_BY_SCHOOL);
        assertThat(own.title()).isEqualTo("Gastles Bureau Halt");
        assertThat(planning.store.find(own.id())).isPresent();
        assertThat(planning.events.types()).containsExactly(ChangeType.PLANNED);
        assertThat(own.history().get(0).by()).as("added by the leader, not by the service").isEqualTo(LEADER);

        assertThatThrownBy(() -> planning.lifecycle.add(new ActivityLifecycle.NewActivity("school-z", "board-1",
                ActivityKind.OTHER, "Op Kerstmis", List.of(), LocalDate.of(2026, 12, 24)), LEADER, null))
                .isInstanceOfSatisfying(NotASchoolDay.class, refused -> assertThat(refused.field()).isEqualTo("dueBy"));
    }

    @Test
    void an_unknown_activity_is_said_to_be_unknown() {
        assertThatThrownBy(() -> planning.lifecycle.cancel(ActivityId.of("nope"), "x", LEADER, null))
                .isInstanceOf(UnknownActivity.class).hasMessageContaining("nope");
    }

    private static Schedule schedule(LocalDate date) {
        return new Schedule(date, LocalTime.of(10, 0), LocalTime.of(11, 30), "lokaal 12", "mentor 3A");
    }
}
