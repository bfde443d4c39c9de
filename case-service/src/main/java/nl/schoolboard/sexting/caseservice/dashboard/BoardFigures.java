package nl.schoolboard.sexting.caseservice.dashboard;

import nl.schoolboard.sexting.caseservice.incident.query.CaseView;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Figures for a board, from what its case views say of each case ({@link CaseFigures}); pure, so each rule is a plain test.
 * Nothing here carries a pupil reference, a name or a text.
 *
 * <p><b>One rule for every count</b> (the registration statistics, their totals, the dashboard, the CSV): the cases
 * are counted in one table of cells (school year × school × kind of material × status), each cell is rounded to the
 * nearest multiple of {@value #ROUNDING_BASE} ({@link #rounded}), and every other count shown is a sum of those
 * rounded cells, never a count of its own. So everything shown is computed from the rounded cells alone, and what a
 * reader can learn of a cell is its rounded value: a true count of 0, 1 or 2 all show as 0, 3 to 7 as 5, and so on.
 * No total, no difference of totals and no dashboard figure can narrow that down, because none of them holds anything
 * the rounded cells do not. Why this rule and not suppression: docs/privacy.md.</p>
 */
final class BoardFigures {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");
    /** Every count is shown as a multiple of this. */
    static final int ROUNDING_BASE = 5;
    /**
     * The medians of how fast the first steps were taken are shown only when the board's shown total reaches this:
     * a median of a handful of cases is one case's story. Decided on the rounded total, so it reveals nothing more.
     */
    static final long MEDIANS_FROM = 10;
    /** A school year starts on 1 August (WVO 2020 art. 1.1, WPO art. 1: "schooljaar"). */
    static final int SCHOOL_YEAR_STARTS_IN_MONTH = 8;

    /** Status of a case in the figures: open, open with a step overdue, or the outcome it was closed with. */
    static final String OPEN = "OPEN";
    static final String OPEN_OVERDUE = "OPEN_OVERDUE";

    private BoardFigures() {
    }

    /** One cell: how many cases, rounded, of one school year, school, kind of material and status. */
    record Cell(String schoolYear, String schoolId, String schoolName, String materialKind, String status, long count) {
    }

    /** A sum of cells: one school in one school year. */
    record SchoolYearTotal(String schoolYear, String schoolId, String schoolName, long count) {
    }

    /** A sum of cells: one school year across the board. */
    record YearTotal(String schoolYear, long count) {
    }

    /** The registration statistics: every cell, and sums of them. */
    record Statistics(int roundingBase, List<Cell> cells, List<SchoolYearTotal> perSchool, List<YearTotal> perYear,
                      long total) {
    }

    /**
     * The board dashboard: cases per school and school year, open and overdue now, and how fast the first steps were
     * taken; every count is a sum of the statistics' rounded cells.
     */
    record Dashboard(int roundingBase, List<SchoolYearTotal> incidentsPerSchoolPerYear, long openCases,
                     long overdueCases, Long medianHoursToVictimConversation, Long medianHoursToPoliceContact) {
    }

    /** The nearest multiple of {@value #ROUNDING_BASE}: 0–2 → 0, 3–7 → 5, 8–12 → 10. */
    static long rounded(long count) {
        return ROUNDING_BASE * Math.floorDiv(count + ROUNDING_BASE / 2, ROUNDING_BASE);
    }

    /**
     * The one table every figure is taken from: true counts per cell, rounded. A cell that rounds to 0 is left out,
     * as an empty one is: listing it would tell 1 or 2 cases apart from none.
     */
    static List<Cell> cells(Collection<CaseFigures> cases, SchoolRegistry schools) {
        Function<CaseFigures, List<String>> key = c -> List.of(schoolYear(c.cameToLightAt()), c.schoolId(),
                c.materialKind() == null ? "UNKNOWN" : c.materialKind(), status(c));
        Map<List<String>, Long> counts = cases.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        // the cells that round to 0 are dropped before sorting: on a large board most cells hold one or two cases
        return counts.entrySet().stream()
                .filter(e -> rounded(e.getValue()) > 0)
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((List<String> k) -> String.join("|", k))))
                .map(e -> new Cell(e.getKey().get(0), e.getKey().get(1), schools.nameOf(e.getKey().get(1)),
                        e.getKey().get(2), e.getKey().get(3), rounded(e.getValue())))
                .toList();
    }

    static Statistics statistics(List<Cell> cells) {
        return new Statistics(ROUNDING_BASE, cells, perSchool(cells), perYear(cells), sum(cells, cell -> true));
    }

    static Dashboard dashboard(List<Cell> cells, Collection<CaseFigures> cases) {
        boolean medians = sum(cells, cell -> true) >= MEDIANS_FROM;
        return new Dashboard(ROUNDING_BASE, perSchool(cells),
                sum(cells, cell -> cell.status().equals(OPEN) || cell.status().equals(OPEN_OVERDUE)),
                sum(cells, cell -> cell.status().equals(OPEN_OVERDUE)),
                medians ? medianHours(cases, CaseFigures::firstVictimConversationAt) : null,
                medians ? medianHours(cases, CaseFigures::firstPoliceContactAt) : null);
    }

    /** The school year a moment falls in, in Dutch time: {@code 2026-2027} from 1 August 2026 to 31 July 2027. */
    static String schoolYear(Instant instant) {
        ZonedDateTime at = instant.atZone(SCHOOL_ZONE);
        int first = at.getMonthValue() >= SCHOOL_YEAR_STARTS_IN_MONTH ? at.getYear() : at.getYear() - 1;
        return first + "-" + (first + 1);
    }

    private static String status(CaseFigures c) {
        if (CaseView.OPEN.equals(c.status())) {
            return c.overdue() ? OPEN_OVERDUE : OPEN;
        }
        return c.outcome() == null ? "CLOSED" : c.outcome();
    }

    private static List<SchoolYearTotal> perSchool(List<Cell> cells) {
        Map<String, Map<String, Long>> sums = cells.stream().collect(Collectors.groupingBy(Cell::schoolYear,
                TreeMap::new, Collectors.groupingBy(Cell::schoolId, TreeMap::new, Collectors.summingLong(Cell::count))));
        Map<String, String> names = cells.stream().collect(Collectors.toMap(Cell::schoolId, Cell::schoolName, (a, b) -> a));
        return sums.entrySet().stream().flatMap(year -> year.getValue().entrySet().stream()
                .map(school -> new SchoolYearTotal(year.getKey(), school.getKey(), names.get(school.getKey()),
                        school.getValue()))).toList();
    }

    private static List<YearTotal> perYear(List<Cell> cells) {
        return cells.stream().collect(Collectors.groupingBy(Cell::schoolYear, TreeMap::new,
                        Collectors.summingLong(Cell::count)))
                .entrySet().stream().map(e -> new YearTotal(e.getKey(), e.getValue())).toList();
    }

    private static long sum(List<Cell> cells, Predicate<Cell> which) {
        return cells.stream().filter(which).mapToLong(Cell::count).sum();
    }

    /** The median of the whole hours from coming to light to {@code taken}, over the cases where it was taken. */
    private static Long medianHours(Collection<CaseFigures> cases, Function<CaseFigures, Instant> taken) {
        List<Long> hours = cases.stream()
                .filter(c -> taken.apply(c) != null)
                .map(c -> Duration.between(c.cameToLightAt(), taken.apply(c)).toHours())
                .sorted()
                .toList();
        if (hours.isEmpty()) {
            return null;
        }
        int middle = hours.size() / 2;
        return hours.size() % 2 == 1 ? hours.get(middle) : (hours.get(middle - 1) + hours.get(middle)) / 2;
    }
}
