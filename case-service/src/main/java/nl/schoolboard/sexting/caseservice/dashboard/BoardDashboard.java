package nl.schoolboard.sexting.caseservice.dashboard;

import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
class BoardDashboard {

    private final MongoTemplate mongo;

    BoardDashboard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Guarded(AccessRule.READ_BOARD_FIGURES)
    @GetMapping("/dashboard")
    BoardFigures.Dashboard dashboard(RequestActor caller) {
        String board = caller.boardId();
        List<CaseView> cases = cases(board);
        return BoardFigures.dashboard(cases, firstTaken(board));
    }

    /** Counts per school, month, kind of material and outcome; cells below 5 are suppressed. */
    @Guarded(AccessRule.READ_BOARD_FIGURES)
    @GetMapping("/statistics")
    BoardFigures.Statistics statistics(RequestActor caller) {
        return BoardFigures.statistics(cases(caller.boardId()));
    }

    private List<CaseView> cases(String board) {
        return mongo.find(Query.query(Criteria.where("boardId").is(board)), CaseView.class);
    }

    /** From the timeline: when each case first had a victim conversation and a police contact. */
    private Map<String, Map<String, Instant>> firstTaken(String board) {
        Map<String, Map<String, Instant>> first = new HashMap<>();
        mongo.getCollection("case_timeline")
                .find(new Document("boardId", board).append("type", new Document("$in", List.of("VictimInterviewed", "PoliceContacted"))))
                .forEach(entry -> {
                    Instant at = entry.getDate("occurredAt").toInstant();
                    first.computeIfAbsent(entry.getString("caseId"), k -> new HashMap<>())
                            .merge(entry.getString("type"), at, (a, b) -> a.isBefore(b) ? a : b);
                });
        return first;
    }
}
