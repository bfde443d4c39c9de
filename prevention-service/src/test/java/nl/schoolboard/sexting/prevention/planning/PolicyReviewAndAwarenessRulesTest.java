package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.SchoolDays;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static nl.schoolboard.sexting.prevention.planning.PlanningFakes.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyReviewAndAwarenessRulesTest {

    private static final SchoolCalendar CALENDAR = SchoolCalendar.official();
    private static final SchoolDays MIDDEN = CALENDAR.schoolDays(Region.MIDDEN);
    private static final LocalDate FRIDAY_20_NOV = LocalDate.of(2026, 11, 20);
    private static final School SCHOOL = new School("school-1", "board-1", null, Region.MIDDEN, false, null);

    @Test
    void a_school_without_a_reviewed_policy_gets_a_review_within_six_school_weeks_skipping_the_christmas_break() {
        assertThat(review(SCHOOL, List.of())).contains(new PlannedEffect(
                ActivityId.of("school-1:POLICY_REVIEW:2026-2027:1"), ActivityKind.POLICY_REVIEW,
                LocalDate.of(2027, 1, 15), PlanningReason.NO_RECENT_POLICY_REVIEW));
    }

    @Test
    void a_review_recorded_by_the_board_in_the_last_twelve_months_is_enough() {
        assertThat(review(withReviewOn(LocalDate.of(2025, 11, 20)), List.of())).isEmpty();
        assertThat(review(withReviewOn(LocalDate.of(2025, 11, 19)), List.of())).isPresent();
    }

    @Test
    void a_review_held_here_in_the_last_twelve_months_is_enough_and_the_board_sets_the_interval() {
        PreventionActivity held = reviewActivity("school-1:POLICY_REVIEW:2025-2026:1")
                .schedule(new Schedule(LocalDate.of(2026, 2, 2), LocalTime.of(15, 0), LocalTime.of(16, 0), "kamer",
                        "directie"), Instant.parse("2026-01-20T10:00:00Z"), LEADER)
                .complete(6, Instant.parse("2026-02-02T16:00:00Z"), LEADER);

        assertThat(review(SCHOOL, List.of(held))).isEmpty();
        BoardSettings everySixMonths = new BoardSettings(3, 2, true, 2, 6, 6, 2);
        assertThat(PolicyReviewRule.decide(SCHOOL, FRIDAY_20_NOV, everySixMonths, MIDDEN, List.of(held)))
                .hasValueSatisfying(effect -> assertThat(effect.activityId().value())
                        .isEqualTo("school-1:POLICY_REVIEW:2026-2027:1"));
    }

    @Test
    void no_second_review_while_one_is_on_its_way_and_a_new_one_after_a_cancelled_one() {
        PreventionActivity open = reviewActivity("school-1:POLICY_REVIEW:2026-2027:1");
        assertThat(review(SCHOOL, List.of(open))).isEmpty();

        PreventionActivity cancelled = open.cancel("directie ziek", Instant.parse("2026-11-10T10:00:00Z"), LEADER);
        assertThat(review(SCHOOL, List.of(cancelled))).hasValueSatisfying(effect ->
                assertThat(effect.activityId().value()).isEqualTo("school-1:POLICY_REVIEW:2026-2027:2"));
    }

    @Test
    void the_whom_to_turn_to_action_is_due_by_the_end_of_the_second_school_week_of_the_regions_year() {
        SchoolYear next = SchoolYear.parse("2027-2028");
        assertThat(AwarenessActionRule.forYear("s", next, Region.NOORD, CALENDAR, BoardSettings.DEFAULTS))
                .hasValueSatisfying(a -> assertThat(a.dueBy()).isEqualTo(LocalDate.of(2027, 9, 3)));
        assertThat(AwarenessActionRule.forYear("s", next, Region.MIDDEN, CALENDAR, BoardSettings.DEFAULTS))
                .hasValueSatisfying(a -> assertThat(a.dueBy()).isEqualTo(LocalDate.of(2027, 9, 10)));
        assertThat(AwarenessActionRule.forYear("s", SchoolYear.parse("2025-2026"), Region.MIDDEN, CALENDAR,
                BoardSettings.DEFAULTS)).hasValueSatisfying(a -> {
                    assertThat(a.dueBy()).isEqualTo(LocalDate.of(2025, 9, 12));
                    assertThat(a.activityId().value()).isEqualTo("s:WHOM_TO_TURN_TO_ACTION:2025-2026");
                    assertThat(a.reason()).isEqualTo(PlanningReason.START_OF_SCHOOL_YEAR);
                });
        assertThat(AwarenessActionRule.forYear("s", SchoolYear.parse("2029-2030"), Region.MIDDEN, CALENDAR,
                BoardSettings.DEFAULTS)).as("no summer holiday known to start it").isEmpty();
    }

    @Test
    void every_school_year_gets_its_action_the_current_one_only_while_it_is_not_past_due() {
        assertThat(AwarenessActionRule.due("s", LocalDate.of(2026, 9, 1), Region.MIDDEN, CALENDAR,
                BoardSettings.DEFAULTS)).extracting(a -> a.activityId().value())
                .containsExactly("s:WHOM_TO_TURN_TO_ACTION:2026-2027", "s:WHOM_TO_TURN_TO_ACTION:2027-2028");
        assertThat(AwarenessActionRule.due("s", FRIDAY_20_NOV, Region.MIDDEN, CALENDAR, BoardSettings.DEFAULTS))
                .extracting(a -> a.activityId().value()).containsExactly("s:WHOM_TO_TURN_TO_ACTION:2027-2028");
    }

    @Test
    void a_lesson_is_due_three_school_weeks_after_the_report_or_as_many_as_the_board_says() {
        ReportedIncident incident = new ReportedIncident(java.util.UUID.randomUUID(), "case-1", "board-1",
                "school-1", Instant.parse("2026-12-07T09:00:00Z"), List.of("2"), false, null);

        assertThat(LessonRule.lessonFor(incident, BoardSettings.DEFAULTS, MIDDEN).dueBy())
                .as("three school weeks, the kerstvakantie not counted").isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(LessonRule.lessonFor(incident, new BoardSettings(1, 2, true, 2, 12, 6, 2), MIDDEN).dueBy())
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }

    private static Optional<PlannedEffect> review(School school, List<PreventionActivity> reviews) {
        return PolicyReviewRule.decide(school, FRIDAY_20_NOV, BoardSettings.DEFAULTS, MIDDEN, reviews);
    }

    private static School withReviewOn(LocalDate date) {
        return new School("school-1", "board-1", null, Region.MIDDEN, false, date);
    }

    private static PreventionActivity reviewActivity(String id) {
        return PreventionActivity.planned(ActivityId.of(id), ActivityKind.POLICY_REVIEW, "board-1", "school-1", null,
                List.of(), LocalDate.of(2026, 3, 1), null, null, PlanningReason.NO_RECENT_POLICY_REVIEW, "case-0",
                Instant.parse("2026-01-10T10:00:00Z"));
    }
}
