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

    static CaseFigures aCase(String school, Instant cameToLight, String kind, String outcome, boolean overdue) {
        return taken(school, cameToLight, kind, outcome, overdue, null, null);
    }

    /** A case whose victim was first heard, and the police first contacted, at these moments (null: not yet). */
    static CaseFigures taken(String school, Instant cameToLight, String kind, String outcome, boolean overdue,
                             Instant victimConversation, Instant policeContact) {
        return new CaseFigures(school, cameToLight, kind, outcome == null ? CaseView.OPEN : CaseView.CLOSED, outcome,
                overdue, victimConversation, policeContact);
    }

    static List<CaseFigures> cases(int n, String school, String kind, String outcome) {
        List<CaseFigures> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(aCase(school, NOVEMBER, kind, outcome, false));
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
        List<CaseFigures> all = new ArrayList<>(cases(4, "s1", "PHOTO", "RESOLVED"));
        all.addAll(cases(8, "s2", "VIDEO", null));
        all.add(aCase("s2", NOVEMBER, "VIDEO", null, true));

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
        List<CaseFigures> all = new ArrayList<>(cases(6, "s1", "PHOTO", null));
        all.add(taken("s1", NOVEMBER, "PHOTO", null, true, NOVEMBER.plus(Duration.ofHours(2)), null));
        all.add(taken("s1", NOVEMBER, "PHOTO", null, true, NOVEMBER.plus(Duration.ofHours(10)),
                NOVEMBER.plus(Duration.ofHours(30))));
        all.add(taken("s1", NOVEMBER, "PHOTO", null, true, NOVEMBER.plus(Duration.ofHours(4)), null));
        all.addAll(cases(5, "s2", "VIDEO", "RESOLVED"));

        BoardFigures.Dashboard dashboard = BoardFigures.dashboard(BoardFigures.cells(all, SCHOOLS), all);

        assertThat(dashboard.incidentsPerSchoolPerYear()).containsExactly(
                new BoardFigures.SchoolYearTotal("2026-2027", "s1", "De Horizon", 10),
                new BoardFigures.SchoolYearTotal("2026-2027", "s2", "s2", 5));
        assertThat(dashboard.openCases()).isEqualTo(10);
        assertThat(dashboard.overdueCases()).isEqualTo(5);
        assertThat(dashboard.medianHoursToVictimConversation()).isEqualTo(4);
        assertThat(dashboard.medianHoursToPoliceContact()).isEqualTo(30);

        List<CaseFigures> few = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            few.add(taken("s1", NOVEMBER, "PHOTO", null, false, NOVEMBER.plus(Duration.ofHours(i)), null));
        }
        assertThat(BoardFigures.dashboard(BoardFigures.cells(few, SCHOOLS), few).medianHoursToVictimConversation())
                .as("a median of a handful of cases is one case's story").isNull();
    }
}
