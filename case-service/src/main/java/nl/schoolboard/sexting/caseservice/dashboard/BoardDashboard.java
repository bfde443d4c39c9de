package nl.schoolboard.sexting.caseservice.dashboard;

import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import io.swagger.v3.oas.annotations.Operation;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the board sees across its schools: the dashboard and the anonymised statistics for the registration duty.
 * Aggregates only: no pupil references, no names, no texts, and no case detail. For the board's administrators and
 * auditors ({@link AccessRule#READ_BOARD_FIGURES}).
 */
@RestController
@RequestMapping("/api/cases/board")
record BoardDashboard(MongoTemplate mongo, SchoolRegistry schools) {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Operation(summary = "The board's dashboard: cases per school and school year, open and overdue now",
            description = "Every count is a sum of the statistics' cells, each rounded to a multiple of 5.")
    @Guarded(AccessRule.READ_BOARD_FIGURES)
    @GetMapping("/dashboard")
    BoardFigures.Dashboard dashboard(RequestActor caller) {
        List<CaseFigures> cases = cases(caller.boardId());
        return BoardFigures.dashboard(BoardFigures.cells(cases, schools), cases);
    }

    @Operation(summary = "Counts per school year, school, kind of material and status, rounded to a multiple of 5",
            description = "Totals are sums of the rounded cells, so no cell can be worked out from them.")
    @Guarded(AccessRule.READ_BOARD_FIGURES)
    @GetMapping("/statistics")
    BoardFigures.Statistics statistics(RequestActor caller) {
        return BoardFigures.statistics(BoardFigures.cells(cases(caller.boardId()), schools));
    }

    @Operation(summary = "The same statistics as CSV (semicolon separated, UTF-8), for a spreadsheet")
    @Guarded(AccessRule.READ_BOARD_FIGURES)
    @GetMapping(value = "/statistics.csv", produces = "text/csv")
    ResponseEntity<String> statisticsCsv(RequestActor caller) {
        String csv = FiguresCsv.of(BoardFigures.cells(cases(caller.boardId()), schools));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registratie-sexting.csv\"")
                .body(csv);
    }

    /**
     * What the figures need of each of the board's cases, read as plain documents: every view of the board is read
     * for every request, and mapping whole views (their people and checklists are most of their size) cost more than
     * the figures themselves.
     */
    private List<CaseFigures> cases(String board) {
        List<CaseFigures> cases = new ArrayList<>();
        mongo.getCollection(mongo.getCollectionName(CaseView.class))
                .find(new Document("boardId", board))
                .projection(CaseFigures.FIELDS)
                .forEach(view -> cases.add(CaseFigures.of(view)));
        return cases;
    }
}
