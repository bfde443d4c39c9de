package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.Region;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static nl.schoolboard.sexting.prevention.planning.PlanningFakes.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

class ParentEveningRuleTest {

    private static final SchoolCalendar CALENDAR = SchoolCalendar.official();
    private static final BoardSettings DEFAULTS = BoardSettings.DEFAULTS;
    private static final LocalDate FRIDAY_20_NOV = LocalDate.of(2026, 11, 20);
    private static final String TERM_BEFORE_CHRISTMAS = "school-1:PARENT_EVENING:2026-2027:KERSTVAKANTIE:";

    @Test
    void a_first_incident_without_a_minor_nude_gets_an_evening_within_the_term() {
        assertThat(decide(FRIDAY_20_NOV, false, 1, DEFAULTS, List.of())).contains(new PlannedEffect(
                ActivityId.of(TERM_BEFORE_CHRISTMAS + 1), ActivityKind.PARENT_EVENING, LocalDate.of(2026, 12, 18),
                PlanningReason.INCIDENT_THIS_TERM));
    }

    @Test
    void a_minor_nude_makes_it_urgent_within_two_school_weeks() {
        assertThat(decide(FRIDAY_20_NOV, true, 1, DEFAULTS, List.of())).contains(new PlannedEffect(
                ActivityId.of(TERM_BEFORE_CHRISTMAS + 1), ActivityKind.PARENT_EVENING, LocalDate.of(2026, 12, 4),
                PlanningReason.MINOR_NUDE_INVOLVED));
    }

    @Test
    void the_schools_second_incident_of_the_school_year_makes_it_urgent_too() {
        assertThat(decide(FRIDAY_20_NOV, false, 2, DEFAULTS, List.of())).hasValueSatisfying(effect -> {
            assertThat(effect.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(effect.reason()).isEqualTo(PlanningReason.REPEATED_INCIDENT_IN_SCHOOL_YEAR);
        });
    }

    @Test
    void the_board_decides_the_windows_and_what_makes_an_evening_urgent() {
        BoardSettings lenient = new BoardSettings(3, 3, false, 3, 12, 6, 2);

        assertThat(decide(FRIDAY_20_NOV, true, 2, lenient, List.of())).hasValueSatisfying(effect -> {
            assertThat(effect.reason()).isEqualTo(PlanningReason.INCIDENT_THIS_TERM);
            assertThat(effect.dueBy()).isEqualTo(LocalDate.of(2026, 12, 18));
        });
        assertThat(decide(FRIDAY_20_NOV, false, 3, lenient, List.of())).hasValueSatisfying(effect -> {
            assertThat(effect.reason()).isEqualTo(PlanningReason.REPEATED_INCIDENT_IN_SCHOOL_YEAR);
            assertThat(effect.dueBy()).isEqualTo(LocalDate.of(2026, 12, 11));
        });
    }

    @Test
    void an_incident_just_before_a_holiday_still_leaves_at_least_the_urgent_window_and_skips_the_holiday() {
        // Tuesday 15 December: the term ends on Friday 18; two school weeks run past the kerstvakantie
        assertThat(decide(LocalDate.of(2026, 12, 15), false, 1, DEFAULTS, List.of()))
                .hasValueSatisfying(effect -> assertThat(effect.dueBy()).isEqualTo(LocalDate.of(2027, 1, 12)));
    }

    @Test
    void an_evening_still_to_be_scheduled_is_the_one_and_is_brought_forward_rather_than_doubled() {
        PreventionActivity planned = evening(TERM_BEFORE_CHRISTMAS + 1, LocalDate.of(2026, 12, 18));

        assertThat(decide(FRIDAY_20_NOV, true, 2, DEFAULTS, List.of(planned))).contains(new PlannedEffect(
                planned.id(), ActivityKind.PARENT_EVENING, LocalDate.of(2026, 12, 4),
                PlanningReason.MINOR_NUDE_INVOLVED));
    }

    @Test
    void no_second_evening_when_one_is_scheduled_in_the_window() {
        PreventionActivity scheduled = scheduledOn(evening(TERM_BEFORE_CHRISTMAS + 1, LocalDate.of(2026, 12, 18)),
                LocalDate.of(2026, 12, 2));

        assertThat(decide(FRIDAY_20_NOV, true, 2, DEFAULTS, List.of(scheduled))).isEmpty();
    }

    @Test
    void an_evening_scheduled_after_the_urgent_window_does_not_count_and_a_second_one_is_planned() {
        PreventionActivity late = scheduledOn(evening(TERM_BEFORE_CHRISTMAS + 1, LocalDate.of(2026, 12, 18)),
                LocalDate.of(2026, 12, 17));

        assertThat(decide(FRIDAY_20_NOV, true, 2, DEFAULTS, List.of(late))).hasValueSatisfying(effect -> {
            assertThat(effect.activityId()).isEqualTo(ActivityId.of(TERM_BEFORE_CHRISTMAS + 2));
            assertThat(effect.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
        });
    }

    @Test
    void a_cancelled_evening_does_not_count() {
        PreventionActivity cancelled = evening(TERM_BEFORE_CHRISTMAS + 1, LocalDate.of(2026, 12, 18))
                .cancel("zaal niet beschikbaar", Instant.parse("2026-11-19T10:00:00Z"), LEADER);

        assertThat(decide(FRIDAY_20_NOV, false, 1, DEFAULTS, List.of(cancelled)))
                .hasValueSatisfying(effect -> assertThat(effect.activityId().value()).endsWith(":2"));
    }

    @Test
    void an_incident_in_the_regions_holiday_counts_from_the_first_school_day_after_it() {
        // Monday 12 October 2026 is in the north's herfstvakantie; school resumes Monday 19 October
        Optional<PlannedEffect> effect = ParentEveningRule.decide("school-n", LocalDate.of(2026, 10, 12), true, 1,
                DEFAULTS, CALENDAR, Region.NOORD, List.of());

        assertThat(effect).hasValueSatisfying(e -> assertThat(e.dueBy()).isEqualTo(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void outside_the_shipped_school_years_the_term_is_eight_school_weeks_and_days_off_are_still_skipped() {
        Optional<PlannedEffect> effect = ParentEveningRule.decide("school-1", LocalDate.of(2029, 3, 1), false, 1,
                DEFAULTS, CALENDAR, Region.MIDDEN, List.of());

        assertThat(effect).hasValueSatisfying(e -> {
            assertThat(CALENDAR.isSchoolDay(Region.MIDDEN, e.dueBy())).isTrue();
            assertThat(e.dueBy()).isAfter(LocalDate.of(2029, 4, 26));
            assertThat(e.activityId().value()).startsWith("school-1:PARENT_EVENING:2028-2029:");
        });
    }

    private static Optional<PlannedEffect> decide(LocalDate day, boolean minorNude, long incidents,
                                                  BoardSettings settings, List<PreventionActivity> evenings) {
        return ParentEveningRule.decide("school-1", day, minorNude, incidents, settings, CALENDAR, Region.MIDDEN,
                evenings);
    }

    static PreventionActivity evening(String id, LocalDate dueBy) {
        return PreventionActivity.planned(ActivityId.of(id), ActivityKind.PARENT_EVENING, "board-1", "school-1", null,
                List.of(), dueBy, null, null, PlanningReason.INCIDENT_THIS_TERM, "case-0",
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    static PreventionActivity scheduledOn(PreventionActivity activity, LocalDate date) {
        return activity.schedule(new Schedule(date, LocalTime.of(19, 30), LocalTime.of(21, 0), "aula", "directeur"),
                Instant.parse("2026-11-02T10:00:00Z"), LEADER);
    }
}
