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

    private static final Instant NOVEMBER = Instant.parse("2026-11-10T09:00:00Z");

    private static CaseView aCase(String id, String school, Instant cameToLight, String kind, String outcome, boolean overdue) {
        return new CaseView(id, "b", school, outcome == null ? CaseView.OPEN : CaseView.CLOSED, outcome, cameToLight, "STAFF_NOTICED",
                cameToLight, "u", kind, List.of(), false, List.of(), List.of(), false, List.of(), overdue, null, null, cameToLight,
                false, false, 1);
    }

    private static List<CaseView> cases(int n, String school, String kind, String outcome) {
        List<CaseView> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(aCase(school + kind + outcome + i, school, NOVEMBER, kind, outcome, false));
        }
        return cases;
    }

    @Test
    void a_count_below_five_is_suppressed_and_five_or_more_is_shown() {
        List<CaseView> all = new ArrayList<>(cases(4, "s1", "PHOTO", "RESOLVED"));
        all.addAll(cases(5, "s1", "VIDEO", "RESOLVED"));

        BoardFigures.Statistics statistics = BoardFigures.statistics(all);

        assertThat(statistics.cells()).containsExactlyInAnyOrder(
                new BoardFigures.StatisticsCell("s1", "2026-11", "PHOTO", "RESOLVED", null, true),
                new BoardFigures.StatisticsCell("s1", "2026-11", "VIDEO", "RESOLVED", 5L, false));
        assertThat(statistics.total()).isEqualTo(9);
    }

    @Test
    void a_board_with_fewer_than_five_cases_shows_no_total_either() {
        assertThat(BoardFigures.statistics(cases(3, "s1", "PHOTO", null)).total()).isEqualTo(-1);
    }

    @Test
    void months_are_counted_in_dutch_time() {
        Instant newYearsEveInAmsterdam = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(BoardFigures.month(newYearsEveInAmsterdam)).isEqualTo("2027-01");
    }

    @Test
    void the_dashboard_counts_per_school_and_month_open_overdue_and_the_median_hours_to_the_first_steps() {
        List<CaseView> all = List.of(
                aCase("a", "s1", NOVEMBER, "PHOTO", null, true),
                aCase("b", "s1", NOVEMBER, "PHOTO", "RESOLVED", false),
                aCase("c", "s2", NOVEMBER.plus(Duration.ofDays(30)), "VIDEO", null, false));
        Map<String, Map<String, Instant>> taken = Map.of(
                "a", Map.of("VictimInterviewed", NOVEMBER.plus(Duration.ofHours(2))),
                "b", Map.of("VictimInterviewed", NOVEMBER.plus(Duration.ofHours(10)), "PoliceContacted", NOVEMBER.plus(Duration.ofHours(30))),
                "c", Map.of("VictimInterviewed", NOVEMBER.plus(Duration.ofDays(30)).plus(Duration.ofHours(4))));

        BoardFigures.Dashboard dashboard = BoardFigures.dashboard(all, taken);

        assertThat(dashboard.incidentsPerSchoolPerMonth()).containsExactly(
                new BoardFigures.SchoolMonth("s1", "2026-11", 2), new BoardFigures.SchoolMonth("s2", "2026-12", 1));
        assertThat(dashboard.openCases()).isEqualTo(2);
        assertThat(dashboard.overdueCases()).isEqualTo(1);
        assertThat(dashboard.medianHoursToVictimConversation()).isEqualTo(4);
        assertThat(dashboard.medianHoursToPoliceContact()).isEqualTo(30);
    }
}
