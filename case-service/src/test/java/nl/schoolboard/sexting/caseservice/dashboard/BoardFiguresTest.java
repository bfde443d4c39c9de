package nl.schoolboard.sexting.caseservice.dashboard;

import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoardFiguresTest {

    static final Instant NOVEMBER = Instant.parse("2026-11-10T09:00:00Z");
    static final SchoolRegistry SCHOOLS = new SchoolRegistry(Map.of("s1", new SchoolRegistry.School("De Horizon")));

    static CaseView aCase(String id, String school, Instant cameToLight, String kind, String outcome, boolean overdue) {
        return new CaseView(id, "b", school, outcome == null ? CaseView.OPEN : CaseView.CLOSED, outcome, cameToLight, "STAFF_NOTICED",
                cameToLight, "u", kind, List.of(), false, List.of(), List.of(), false, List.of(), overdue, null, null, cameToLight,
                false, false, 1);
    }

    static List<CaseView> cases(int n, String school, String kind, String outcome) {
        List<CaseView> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(aCase(school + kind + outcome + i + "-" + Math.random(), school, NOVEMBER, kind, outcome, false));
        }
        return cases;
    }

    @Test
    void every_count_is_rounded_to_the_nearest_multiple_of_five() {
        assertThat(List.of(0L, 1L, 2L, 3L, 4L, 5L, 7L, 8L, 12L, 13L)).extracting(BoardFigures::rounded)
                .containsExactly(0L, 0L, 0L, 5L, 5L, 5L, 5L, 10L, 10L, 15L);
    }

    @Test
    void cells_are_per_school_year_school_kind_and_status_with_the_schools_name() {
        List<CaseView> all = new ArrayList<>(cases(4, "s1", "PHOTO", "RESOLVED"));
        all.addAll(cases(8, "s2", "VIDEO", null));
        all.add(aCase("late", "s2", NOVEMBER, "VIDEO", null, true));

        BoardFigures.Statistics statistics = BoardFigures.statistics(BoardFigures.cells(all, SCHOOLS));

        assertThat(statistics.cells()).containsExactly(
                new BoardFigures.Cell("2026-2027", "s1", "De Horizon", "PHOTO", "RESOLVED", 5),
                new BoardFigures.Cell("2026-2027", "s2", "s2", "VIDEO", "OPEN", 10));
        assertThat(statistics.perSchool()).extracting(BoardFigures.SchoolYearTotal::count).containsExactly(5L, 10L);
        assertThat(statistics.total()).as("a sum of the shown cells, not the 13 cases").isEqualTo(15);
    }

    @Test
    void school_years_start_on_the_first_of_august_in_dutch_time() {
        assertThat(BoardFigures.schoolYear(Instant.parse("2026-07-31T21:59:00Z"))).isEqualTo("2025-2026");
        assertThat(BoardFigures.schoolYear(Instant.parse("2026-07-31T22:30:00Z"))).isEqualTo("2026-2027");
    }

    @Test
    void the_dashboard_sums_the_same_rounded_cells_and_shows_medians_only_for_enough_cases() {
        List<CaseView> all = new ArrayList<>(cases(6, "s1", "PHOTO", null));
        all.add(aCase("a", "s1", NOVEMBER, "PHOTO", null, true));
        all.add(aCase("b", "s1", NOVEMBER, "PHOTO", null, true));
        all.add(aCase("c", "s1", NOVEMBER, "PHOTO", null, true));
        all.addAll(cases(5, "s2", "VIDEO", "RESOLVED"));
        Map<String, Map<String, Instant>> taken = Map.of(
                "a", Map.of("VictimInterviewed", NOVEMBER.plus(Duration.ofHours(2))),
                "b", Map.of("VictimInterviewed", NOVEMBER.plus(Duration.ofHours(10)), "PoliceContacted", NOVEMBER.plus(Duration.ofHours(30))),
                "c", Map.of("VictimInterviewed", NOVEMBER.plus(Duration.ofHours(4))));

        BoardFigures.Dashboard dashboard = BoardFigures.dashboard(BoardFigures.cells(all, SCHOOLS), all, taken);

        assertThat(dashboard.incidentsPerSchoolPerYear()).containsExactly(
                new BoardFigures.SchoolYearTotal("2026-2027", "s1", "De Horizon", 10),
                new BoardFigures.SchoolYearTotal("2026-2027", "s2", "s2", 5));
        assertThat(dashboard.openCases()).isEqualTo(10);
        assertThat(dashboard.overdueCases()).isEqualTo(5);
        assertThat(dashboard.medianHoursToVictimConversation()).isEqualTo(4);
        assertThat(dashboard.medianHoursToPoliceContact()).isEqualTo(30);

        List<CaseView> few = cases(7, "s1", "PHOTO", null);
        assertThat(BoardFigures.dashboard(BoardFigures.cells(few, SCHOOLS), few, taken).medianHoursToVictimConversation())
                .as("a median of a handful of cases is one case's story").isNull();
    }
}
