package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolHoliday;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.HolidayName;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import nl.schoolboard.sexting.prevention.planning.PlanningFakes.Planning;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static nl.schoolboard.sexting.prevention.planning.PlanningFakes.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

class PlanQueriesTest {

    private static final SchoolYear YEAR = SchoolYear.parse("2026-2027");
    private final Planning planning = new Planning(Instant.parse("2027-03-15T10:00:00Z"));

    @Test
    void the_plan_of_a_school_year_has_the_regions_holidays_and_the_activities_of_that_year_only() {
        planning.schools.register(new School("school-n", "board-1", "Noorderlicht", Region.NOORD, false, null));
        planning.planner.incidentReported(report("school-n", "2026-11-20T08:00:00Z", true));
        planning.planner.incidentReported(report("school-n", "2026-06-01T08:00:00Z", false));

        PlanQueries.SchoolPlan plan = planning.queries.planFor("board-1", "school-n", YEAR);

        assertThat(plan.registered()).isTrue();
        assertThat(plan.school().regionAssumed()).isFalse();
        assertThat(plan.firstSchoolDay()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(plan.lastSchoolDay()).isEqualTo(LocalDate.of(2027, 7, 9));
        assertThat(plan.holidays()).extracting(SchoolHoliday::name).containsExactly(HolidayName.values());
        assertThat(plan.holidays().get(0).firstDay()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(plan.activities()).isNotEmpty().allSatisfy(a -> assertThat(YEAR.contains(a.effectiveDate())).isTrue());
        assertThat(plan.activities()).extracting(PreventionActivity::effectiveDate).isSorted();
        assertThat(planning.queries.planFor("board-1", "school-n", SchoolYear.parse("2025-2026")).activities())
                .as("the June report's lesson").isNotEmpty();
    }

    @Test
    void an_unknown_school_is_planned_in_midden_and_the_plan_says_the_region_is_assumed() {
        PlanQueries.SchoolPlan plan = planning.queries.planFor("board-1", "nobody-knows", YEAR);

        assertThat(plan.registered()).isFalse();
        assertThat(plan.school().region()).isEqualTo(Region.MIDDEN);
        assertThat(plan.school().regionAssumed()).isTrue();
        assertThat(plan.activities()).isEmpty();
    }

    @Test
    void board_coverage_counts_reviewed_policies_lessons_given_and_evenings_held_per_school() {
        planning.schools.register(new School("a", "board-1", null, Region.MIDDEN, false, LocalDate.of(2026, 9, 1)));
        planning.schools.register(new School("b", "board-1", null, Region.MIDDEN, false, null));
        planning.schools.register(new School("c", "board-1", null, Region.ZUID, false, LocalDate.of(2025, 1, 10)));
        planning.schools.register(new School("other-board", "board-2", null, Region.ZUID, false, null));
        planning.clock.set(Instant.parse("2026-11-20T08:05:00Z"));
        planning.planner.incidentReported(report("b", "2026-11-20T08:00:00Z", false));
        planning.planner.incidentReported(report("c", "2026-11-20T08:00:00Z", true));
        planning.planner.incidentReported(report("other-board", "2026-11-20T08:00:00Z", true));

        PreventionActivity lessonB = only("b", ActivityKind.MEDIA_LITERACY_LESSON);
        planning.lifecycle.schedule(lessonB.id(), at(LocalDate.of(2026, 12, 2)), LEADER, null);
        planning.lifecycle.complete(lessonB.id(), 28, LEADER, null);
        PreventionActivity reviewB = only("b", ActivityKind.POLICY_REVIEW);
        planning.lifecycle.schedule(reviewB.id(), at(LocalDate.of(2027, 1, 12)), LEADER, null);
        planning.lifecycle.complete(reviewB.id(), 5, LEADER, null);
        PreventionActivity eveningC = only("c", ActivityKind.PARENT_EVENING);
        planning.lifecycle.schedule(eveningC.id(), at(LocalDate.of(2026, 12, 1)), LEADER, null);
        planning.lifecycle.complete(eveningC.id(), 61, LEADER, null);
        planning.clock.set(Instant.parse("2027-03-15T10:00:00Z"));

        PlanQueries.BoardCoverage coverage = planning.queries.coverage("board-1", YEAR);

        assertThat(coverage.schools()).isEqualTo(3);
        assertThat(coverage.schoolsWithReviewedPolicy()).as("a by the board, b held here").isEqualTo(2);
        assertThat(coverage.reviewedPolicyShare()).isEqualTo(0.667);
        assertThat(coverage.incidentsReported()).isEqualTo(2);
        assertThat(coverage.lessonsAfterIncidents()).isEqualTo(new PlanQueries.Counts(1, 1, 0, 1));
        assertThat(coverage.parentEvenings().done()).isEqualTo(1);
        assertThat(coverage.perSchool()).extracting(PlanQueries.SchoolCoverage::schoolId).containsExactly("a", "b", "c");
        assertThat(coverage.perSchool().get(1).lessonsGiven()).isEqualTo(1);
        assertThat(coverage.perSchool().get(2).parentEveningsHeld()).isEqualTo(1);
        assertThat(coverage.perSchool().get(2).policyReviewed()).isFalse();
        assertThat(coverage.asOf()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    private PreventionActivity only(String school, ActivityKind kind) {
        List<PreventionActivity> found = planning.store.findBySchoolAndKind("board-1", school, kind);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Schedule at(LocalDate date) {
        return new Schedule(date, LocalTime.of(9, 0), LocalTime.of(10, 0), "aula", "mentor");
    }

    private static ReportedIncident report(String school, String at, boolean minorNude) {
        return new ReportedIncident(UUID.randomUUID(), "case-" + UUID.randomUUID(), school.equals("other-board")
                ? "board-2" : "board-1", school, Instant.parse(at), List.of("2"), minorNude, null);
    }
}
