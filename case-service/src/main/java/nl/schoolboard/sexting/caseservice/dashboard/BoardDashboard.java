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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the board sees across its schools: the dashboard and the anonymised statistics for the registration duty.
 * Aggregates only: no pupil references, no names, no texts, and no case detail. For the board's administrators and
 * auditors ({@link AccessRule#READ_BOARD_FIGURES}).
 */
@RestController
@RequestMapping("/api/cases/board")
record BoardDashboard(MongoTemplate mongo, SchoolRegistry schools) {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /**
     * The lists of a case view, which {@link BoardFigures} does not read. Left out rather than the figures' fields
     * named: a view's flags and version are primitives and must be in the document for it to be read at all.
     */
    static final String[] NOT_IN_THE_FIGURES = {"people", "checklist", "platforms", "yearGroups"};

    @Operation(summary = "The board's dashboard: cases per school and school year, open and overdue now",
            description = "Every count is a sum of the statistics' cells, each rounded to a multiple of 5.")
    @Guarded(AccessRule.READ_BOARD_FIGURES)
    @GetMapping("/dashboard")
    BoardFigures.Dashboard dashboard(RequestActor caller) {
        String board = caller.boardId();
        List<CaseView> cases = cases(board);
        return BoardFigures.dashboard(BoardFigures.cells(cases, schools), cases, firstTaken(board));
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
     * The board's cases without their people and checklists: those are most of a view's size and none of the
     * figures, and every view of the board is read for every request.
     */
    private List<CaseView> cases(String board) {
        Query query = Query.query(Criteria.where("boardId").is(board));
        query.fields().exclude(NOT_IN_THE_FIGURES);
        return mongo.find(query, CaseView.class);
    }

    /** From the timeline: when each case first had a victim conversation and a police contact. */
    private Map<String, Map<String, Instant>> firstTaken(String board) {
        Map<String, Map<String, Instant>> first = new HashMap<>();
        mongo.getCollection("case_timeline")
                .find(new Document("boardId", board).append("type", new Document("$in", List.of("VictimInterviewed", "PoliceContacted"))))
                .projection(new Document("caseId", 1).append("type", 1).append("occurredAt", 1))
                .forEach(entry -> {
                    Instant at = entry.getDate("occurredAt").toInstant();
                    first.computeIfAbsent(entry.getString("caseId"), k -> new HashMap<>())
                            .merge(entry.getString("type"), at, (a, b) -> a.isBefore(b) ? a : b);
                });
        return first;
    }
}
