package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import nl.schoolboard.sexting.prevention.planning.PlanningFakes.Planning;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.schoolboard.sexting.prevention.planning.PlanningFakes.LEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityPlannerTest {

    private static final UUID EVENT_ID = UUID.fromString("5b0e8c1e-2f7a-4c53-9d0e-6a1f3c2b9e01");
    private static final Instant FRIDAY_20_NOV = Instant.parse("2026-11-20T08:00:00Z");
    private static final String EVENING = "school-1:PARENT_EVENING:2026-2027:KERSTVAKANTIE:1";

    private final Planning planning = new Planning(Instant.parse("2026-11-20T08:05:00Z"));

    @Test
    void an_incident_at_a_school_id_another_board_holds_plans_nothing_for_either_board() {
        planning.schools.register(new School("school-1", "board-1", "De Linde", Region.MIDDEN, false, null));
        ReportedIncident elsewhere = new ReportedIncident(EVENT_ID, "case-of-board-2", "board-2", "school-1",
                FRIDAY_20_NOV, List.of("2"), true, null);

        assertThatThrownBy(() -> planning.planner.incidentReported(elsewhere))
                .isInstanceOf(SchoolOfAnotherBoard.class)
                .hasMessageNotContaining("board-1");

        assertThat(planning.store.activities).as("nothing of board 2's case under board 1's school").isEmpty();
        assertThat(planning.ledger.countInSchoolYear("board-1", "school-1", SchoolYear.of(LocalDate.of(2026, 11, 20))))
                .isZero();
        assertThat(planning.schools.find("school-1")).hasValueSatisfying(
                school -> assertThat(school.boardId()).isEqualTo("board-1"));
    }

    @Test
    void an_incident_with_a_minor_nude_plans_a_lesson_an_urgent_evening_a_policy_review_and_the_next_years_action() {
        planning.schools.register(new School("school-1", "board-1", "De Linde", Region.MIDDEN, false, null));

        planning.planner.incidentReported(incident(EVENT_ID, "case-1", FRIDAY_20_NOV, true, "corr-1"));

        PreventionActivity lesson = activity(EVENT_ID + ":MEDIA_LITERACY_LESSON");
        assertThat(lesson.kind()).isEqualTo(ActivityKind.MEDIA_LITERACY_LESSON);
        assertThat(lesson.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(lesson.yearGroups()).containsExactly("2", "3");
        assertThat(lesson.dueBy()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(lesson.sourceCaseId()).isEqualTo("case-1");
        assertThat(lesson.sourceEventId()).isEqualTo(EVENT_ID);

        PreventionActivity evening = activity(EVENING);
        assertThat(evening.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(evening.reason()).isEqualTo(PlanningReason.MINOR_NUDE_INVOLVED);
        assertThat(evening.sourceCaseId()).as("school-wide: not a lesson of the case").isNull();
        assertThat(evening.promptedByCaseId()).isEqualTo("case-1");

        assertThat(activity("school-1:POLICY_REVIEW:2026-2027:1").dueBy()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(activity("school-1:WHOM_TO_TURN_TO_ACTION:2027-2028").dueBy()).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(planning.store.activities).hasSize(4);

        assertThat(planning.events.types()).containsOnly(ChangeType.PLANNED).hasSize(4);
        assertThat(planning.events.correlationIds).containsOnly("corr-1");
        assertThat(planning.store.activities.values()).allSatisfy(a -> assertThat(a.unpublishedChanges()).isEmpty());
    }

    @Test
    void the_same_event_again_stores_nothing_and_announces_nothing() {
        ReportedIncident report = incident(EVENT_ID, "case-1", FRIDAY_20_NOV, true, "corr-1");
        planning.planner.incidentReported(report);
        int published = planning.events.published.size();

        planning.clock.advance(Duration.ofHours(1));
        planning.planner.incidentReported(report);

        assertThat(planning.store.activities).hasSize(4);
        assertThat(planning.events.published).hasSize(published);
    }

    @Test
    void after_a_crash_between_storing_and_publishing_the_redelivery_announces_what_was_stored() {
        ReportedIncident report = incident(EVENT_ID, "case-1", FRIDAY_20_NOV, false, "corr-1");
        planning.events.failNext = true;
        assertThatThrownBy(() -> planning.planner.incidentReported(report)).isInstanceOf(IllegalStateException.class);
        PreventionActivity stored = activity(EVENT_ID + ":MEDIA_LITERACY_LESSON");
        assertThat(stored.unpublishedChanges()).hasSize(1);

        planning.clock.advance(Duration.ofHours(1));
        planning.planner.incidentReported(report);

        assertThat(planning.store.activities).hasSize(4);
        assertThat(planning.events.published).extracting(ActivityChange::eventId)
                .doesNotHaveDuplicates()
                .contains(stored.history().get(0).eventId());
        assertThat(planning.events.published).filteredOn(c -> c.eventId().equals(stored.history().get(0).eventId()))
                .singleElement().satisfies(c -> assertThat(c.at()).as("the stored planning time").isEqualTo(
                        Instant.parse("2026-11-20T08:05:00Z")));
    }

    @Test
    void a_report_without_year_groups_still_plans_the_lesson_for_the_school_to_assign() {
        planning.planner.incidentReported(new ReportedIncident(EVENT_ID, "case-1", "board-1", "school-1",
                FRIDAY_20_NOV, null, false, null));

        assertThat(activity(EVENT_ID + ":MEDIA_LITERACY_LESSON").yearGroups()).isEmpty();
    }

    @Test
    void an_unregistered_school_is_planned_in_region_midden_and_recorded_as_assumed() {
        // Monday 12 October 2026: the north has its herfstvakantie, midden has school
        planning.planner.incidentReported(incident(EVENT_ID, "case-1", Instant.parse("2026-10-12T08:00:00Z"), false,
                null));

        assertThat(planning.schools.find("school-1")).hasValueSatisfying(school -> {
            assertThat(school.region()).isEqualTo(Region.MIDDEN);
            assertThat(school.regionAssumed()).isTrue();
            assertThat(school.boardId()).isEqualTo("board-1");
        });
        // midden's herfstvakantie is 17-25 October: the three weeks run to Monday 9 November
        assertThat(activity(EVENT_ID + ":MEDIA_LITERACY_LESSON").dueBy()).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void a_second_incident_in_the_school_year_brings_the_planned_evening_forward_instead_of_adding_one() {
        planning.planner.incidentReported(incident(EVENT_ID, "case-1", FRIDAY_20_NOV, false, null));
        assertThat(activity(EVENING).dueBy()).isEqualTo(LocalDate.of(2026, 12, 18));

        planning.planner.incidentReported(incident(UUID.randomUUID(), "case-2",
                Instant.parse("2026-11-25T09:00:00Z"), false, "corr-2"));

        assertThat(planning.store.ofKind(ActivityKind.PARENT_EVENING)).singleElement().satisfies(evening -> {
            assertThat(evening.dueBy()).isEqualTo(LocalDate.of(2026, 12, 9));
            assertThat(evening.lastChange().type()).isEqualTo(ChangeType.DUE_DATE_ADVANCED);
        });
        assertThat(planning.store.ofKind(ActivityKind.MEDIA_LITERACY_LESSON)).hasSize(2);
        assertThat(planning.store.ofKind(ActivityKind.POLICY_REVIEW)).hasSize(1);
        assertThat(planning.events.types()).containsOnlyOnce(ChangeType.DUE_DATE_ADVANCED);
    }

    @Test
    void a_second_urgent_evening_when_the_one_there_is_scheduled_after_the_window() {
        planning.planner.incidentReported(incident(EVENT_ID, "case-1", FRIDAY_20_NOV, false, null));
        planning.lifecycle.schedule(ActivityId.of(EVENING), new Schedule(LocalDate.of(2026, 12, 17),
                LocalTime.of(19, 30), LocalTime.of(21, 0), "aula", "directeur"), LEADER, null);

        planning.planner.incidentReported(incident(UUID.randomUUID(), "case-2",
                Instant.parse("2026-11-25T09:00:00Z"), true, null));

        assertThat(planning.store.ofKind(ActivityKind.PARENT_EVENING)).extracting(a -> a.id().value())
                .containsExactlyInAnyOrder(EVENING, EVENING.replace(":1", ":2"));
        assertThat(activity(EVENING.replace(":1", ":2")).dueBy()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void a_redelivered_event_applies_its_first_decision_and_does_not_plan_again_after_the_evening_was_cancelled() {
        ReportedIncident report = incident(EVENT_ID, "case-1", FRIDAY_20_NOV, false, null);
        planning.planner.incidentReported(report);
        planning.lifecycle.cancel(ActivityId.of(EVENING), "ouderavond samen met de buurtschool", LEADER, null);

        planning.planner.incidentReported(report);

        assertThat(planning.store.ofKind(ActivityKind.PARENT_EVENING)).singleElement()
                .satisfies(evening -> assertThat(evening.status()).isEqualTo(ActivityStatus.CANCELLED));
    }

    @Test
    void two_incidents_of_one_school_handled_at_the_same_moment_leave_one_evening_due_at_the_earlier_date()
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                String school = "school-race-" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> done = new ArrayList<>();
                for (boolean minorNude : new boolean[]{false, true}) {
                    ReportedIncident report = new ReportedIncident(UUID.randomUUID(), "case-" + minorNude + round,
                            "board-1", school, FRIDAY_20_NOV, List.of("1"), minorNude, null);
                    done.add(threads.submit(() -> {
                        together.await();
                        planning.planner.incidentReported(report);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                assertThat(planning.store.findBySchoolAndKind("board-1", school, ActivityKind.PARENT_EVENING))
                        .as("round %d", round).singleElement()
                        .satisfies(evening -> assertThat(evening.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4)));
                assertThat(planning.store.findBySchoolAndKind("board-1", school, ActivityKind.POLICY_REVIEW)).hasSize(1);
                assertThat(planning.store.findBySchoolAndKind("board-1", school, ActivityKind.MEDIA_LITERACY_LESSON)).hasSize(2);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void whatever_the_day_and_region_every_planned_activity_falls_on_a_school_day_of_the_region() {
        SchoolCalendar calendar = planning.calendar;
        int n = 0;
        for (Region region : Region.values()) {
            for (Instant at = Instant.parse("2025-08-01T09:00:00Z"); at.isBefore(Instant.parse("2028-07-31T09:00:00Z"));
                 at = at.plus(3, ChronoUnit.DAYS)) {
                String school = "school-" + region + "-" + n++;
                planning.schools.register(new School(school, "board-1", null, region, false, null));
                planning.planner.incidentReported(new ReportedIncident(UUID.randomUUID(), "case-" + n, "board-1",
                        school, at, List.of("1"), n % 2 == 0, null));
            }
        }
        assertThat(planning.store.activities.values()).hasSizeGreaterThan(1000).allSatisfy(activity -> {
            Region region = planning.schools.find(activity.schoolId()).orElseThrow().region();
            assertThat(calendar.whyNoSchool(region, activity.dueBy()))
                    .as("%s due %s in region %s", activity.id(), activity.dueBy(), region).isEmpty();
        });
    }

    @Test
    void the_daily_run_plans_each_known_schools_start_of_year_action_once() {
        planning.schools.register(new School("school-n", "board-1", null, Region.NOORD, false, null));
        planning.schools.register(new School("school-z", "board-1", null, Region.ZUID, false, null));

        planning.planner.planSchoolYearStarts(LocalDate.of(2026, 8, 20));
        planning.planner.planSchoolYearStarts(LocalDate.of(2026, 8, 21));

        assertThat(planning.store.ofKind(ActivityKind.WHOM_TO_TURN_TO_ACTION)).extracting(a -> a.id().value())
                .containsExactlyInAnyOrder("school-n:WHOM_TO_TURN_TO_ACTION:2026-2027",
                        "school-n:WHOM_TO_TURN_TO_ACTION:2027-2028", "school-z:WHOM_TO_TURN_TO_ACTION:2026-2027",
                        "school-z:WHOM_TO_TURN_TO_ACTION:2027-2028");
        assertThat(activity("school-n:WHOM_TO_TURN_TO_ACTION:2026-2027").dueBy()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(activity("school-z:WHOM_TO_TURN_TO_ACTION:2026-2027").dueBy()).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(planning.events.published).hasSize(4);
    }

    @Test
    void registering_a_school_while_the_broker_is_away_plans_its_action_and_leaves_the_announcement_to_the_sweep() {
        School school = new School("school-m", "board-1", null, Region.MIDDEN, false, null);
        planning.events.brokerAway = true;

        assertThat(planning.planner.planSchoolYearStart(school, LocalDate.of(2026, 11, 25), null))
                .containsExactly(ActivityId.of("school-m:WHOM_TO_TURN_TO_ACTION:2027-2028"));

        assertThat(activity("school-m:WHOM_TO_TURN_TO_ACTION:2027-2028").unpublishedChanges()).hasSize(1);
        planning.events.brokerAway = false;
        planning.clock.advance(Duration.ofHours(1));
        assertThat(planning.announcer.announceStale(java.time.Duration.ofMinutes(1), 10)).isEqualTo(1);
        assertThat(planning.events.published).hasSize(1);
    }

    private PreventionActivity activity(String id) {
        return planning.store.find(ActivityId.of(id)).orElseThrow(() -> new AssertionError("no activity " + id
                + " among " + planning.store.activities.keySet()));
    }

    private static ReportedIncident incident(UUID eventId, String caseId, Instant at, boolean minorNude,
                                             String correlationId) {
        return new ReportedIncident(eventId, caseId, "board-1", "school-1", at, List.of("2", "3"), minorNude,
                correlationId);
    }
}
