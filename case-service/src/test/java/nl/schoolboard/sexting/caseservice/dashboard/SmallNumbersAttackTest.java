package nl.schoolboard.sexting.caseservice.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.schoolboard.sexting.caseservice.dashboard.BoardFiguresTest.SCHOOLS;
import static nl.schoolboard.sexting.caseservice.dashboard.BoardFiguresTest.cases;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attempt to recover a small count, as a curious reader of the board's figures would make it: the one case of
 * sexting with a video at school s1 last term (a single pupil a whole school could point at). The reader has
 * everything the board is shown: the statistics with their totals, the dashboard, the CSV.
 */
class SmallNumbersAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** The board, with {@code hidden} cases of video at s1; everything else the same. */
    private static List<CaseFigures> board(int hidden) {
        List<CaseFigures> cases = new ArrayList<>();
        cases.addAll(cases(hidden, "s1", "VIDEO", "RESOLVED"));
        cases.addAll(cases(6, "s1", "PHOTO", "RESOLVED"));
        cases.addAll(cases(3, "s1", "PHOTO", null));
        cases.addAll(cases(9, "s2", "PHOTO", "REFERRED_TO_POLICE"));
        cases.addAll(cases(1, "s2", "SCREENSHOT", null));
        return cases;
    }

    /** Everything published about a board, as the reader receives it. */
    private static String published(List<CaseFigures> board) throws Exception {
        List<BoardFigures.Cell> cells = BoardFigures.cells(board, SCHOOLS);
        return JSON.writeValueAsString(BoardFigures.statistics(cells)) + "\n"
                + JSON.writeValueAsString(BoardFigures.dashboard(cells, board)) + "\n"
                + FiguresCsv.of(cells);
    }

    @Test
    void the_school_total_minus_the_shown_cells_does_not_give_the_hidden_count() throws Exception {
        List<BoardFigures.Cell> cells = BoardFigures.cells(board(1), SCHOOLS);
        BoardFigures.Dashboard dashboard = BoardFigures.dashboard(cells, board(1));
        BoardFigures.Statistics statistics = BoardFigures.statistics(cells);

        long schoolTotal = dashboard.incidentsPerSchoolPerYear().stream()
                .filter(row -> row.schoolId().equals("s1")).mapToLong(BoardFigures.SchoolYearTotal::count).sum();
        long shownAtSchool = statistics.cells().stream().filter(cell -> cell.schoolId().equals("s1"))
                .filter(cell -> !cell.materialKind().equals("VIDEO")).mapToLong(BoardFigures.Cell::count).sum();
        long boardTotalFromTheYears = statistics.perYear().stream().mapToLong(BoardFigures.YearTotal::count).sum();
        long otherSchools = statistics.perSchool().stream().filter(row -> !row.schoolId().equals("s1"))
                .mapToLong(BoardFigures.SchoolYearTotal::count).sum();

        assertThat(schoolTotal - shownAtSchool).as("the school's total less its other cells").isZero();
        assertThat(boardTotalFromTheYears - otherSchools - shownAtSchool).as("the board's total less the rest").isZero();
        assertThat(dashboard.openCases() + statistics.cells().stream().filter(cell -> !cell.status().startsWith("OPEN"))
                .mapToLong(BoardFigures.Cell::count).sum() - statistics.total()).as("open + closed less the total").isZero();
    }

    @Test
    void a_board_with_none_one_or_two_such_cases_publishes_exactly_the_same_figures() throws Exception {
        String none = published(board(0));

        assertThat(published(board(1))).as("one case").isEqualTo(none);
        assertThat(published(board(2))).as("two cases").isEqualTo(none);
        assertThat(published(board(3))).as("three cases do show, as 5").isNotEqualTo(none);
    }

    @Test
    void three_to_seven_cases_read_the_same_so_no_count_below_five_is_told_exactly() throws Exception {
        String three = published(board(3));

        for (int hidden = 4; hidden <= 7; hidden++) {
            assertThat(published(board(hidden))).as(hidden + " cases").isEqualTo(three);
        }
    }
}
