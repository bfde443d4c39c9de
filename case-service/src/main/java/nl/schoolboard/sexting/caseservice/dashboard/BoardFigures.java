package nl.schoolboard.sexting.caseservice.dashboard;

import nl.schoolboard.sexting.caseservice.incident.query.CaseView;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Figures for a board, from case views and the moments steps were taken; pure, so each rule is a plain test.
 * Nothing here carries a pupil reference, a name or a text.
 */
final class BoardFigures {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");
    /** Counts below this are not shown in the registration statistics: a small number can point at a child. */
    static final int SUPPRESS_BELOW = 5;

    private BoardFigures() {
    }

    /** The board dashboard: per school and month, open and overdue now, and how fast the first steps were taken. */
    record Dashboard(List<SchoolMonth> incidentsPerSchoolPerMonth, long openCases, long overdueCases,
                     Long medianHoursToVictimConversation, Long medianHoursToPoliceContact) {
    }

    record SchoolMonth(String schoolId, String month, long incidents) {
    }

    /** One cell of the registration statistics; {@code count} is null when suppressed. */
    record StatisticsCell(String schoolId, String month, String kind, String outcome, Long count, boolean suppressed) {
    }

    record Statistics(List<StatisticsCell> cells, long total, int suppressBelow) {
    }

    /**
     * @param firstTaken per case id, when (occurred) the step was first taken: {@code VictimInterviewed},
     *                   {@code PoliceContacted}
     */
    static Dashboard dashboard(Collection<CaseView> cases, Map<String, Map<String, Instant>> firstTaken) {
        Map<String, Map<String, Long>> perSchoolMonth = cases.stream().collect(Collectors.groupingBy(CaseView::schoolId,
                TreeMap::new, Collectors.groupingBy(c -> month(c.cameToLightAt()), TreeMap::new, Collectors.counting())));
        List<SchoolMonth> rows = new ArrayList<>();
        perSchoolMonth.forEach((school, months) -> months.forEach((month, n) -> rows.add(new SchoolMonth(school, month, n))));
        return new Dashboard(rows,
                cases.stream().filter(c -> CaseView.OPEN.equals(c.status())).count(),
                cases.stream().filter(CaseView::overdue).count(),
                medianHours(cases, firstTaken, "VictimInterviewed"),
                medianHours(cases, firstTaken, "PoliceContacted"));
    }

    static Statistics statistics(Collection<CaseView> cases) {
        Function<CaseView, List<String>> key = c -> List.of(c.schoolId(), month(c.cameToLightAt()), c.materialKind(),
                c.outcome() == null ? "OPEN" : c.outcome());
        Map<List<String>, Long> counts = cases.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        List<StatisticsCell> cells = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((List<String> k) -> String.join("|", k))))
                .map(e -> e.getValue() < SUPPRESS_BELOW
                        ? new StatisticsCell(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getKey().get(3), null, true)
                        : new StatisticsCell(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getKey().get(3), e.getValue(), false))
                .toList();
        long total = cases.size();
        return new Statistics(cells, total < SUPPRESS_BELOW ? -1 : total, SUPPRESS_BELOW);
    }

    static String month(Instant instant) {
        return YearMonth.from(instant.atZone(SCHOOL_ZONE)).toString();
    }

    private static Long medianHours(Collection<CaseView> cases, Map<String, Map<String, Instant>> firstTaken, String step) {
        List<Long> hours = cases.stream()
                .map(c -> Optional.ofNullable(firstTaken.getOrDefault(c.caseId(), Map.of()).get(step))
                        .map(at -> Duration.between(c.cameToLightAt(), at).toHours()))
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        if (hours.isEmpty()) {
            return null;
        }
        int middle = hours.size() / 2;
        return hours.size() % 2 == 1 ? hours.get(middle) : (hours.get(middle - 1) + hours.get(middle)) / 2;
    }
}
