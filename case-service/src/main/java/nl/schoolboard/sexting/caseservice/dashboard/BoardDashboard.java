package nl.schoolboard.sexting.caseservice.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.RequestActorResolver;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the board sees across its schools: the dashboard and the anonymised statistics for the registration duty.
 * Aggregates only: no pupil references, no names, no texts, and no case detail.
 */
@RestController
@RequestMapping("/api/cases/board")
class BoardDashboard {

    private static final Set<StaffRole> BOARD_ROLES = EnumSet.of(StaffRole.BOARD_ADMINISTRATOR, StaffRole.AUDITOR);

    private final MongoTemplate mongo;
    private final RequestActorResolver actors;

    BoardDashboard(MongoTemplate mongo, RequestActorResolver actors) {
        this.mongo = mongo;
        this.actors = actors;
    }

    @GetMapping("/dashboard")
    BoardFigures.Dashboard dashboard(HttpServletRequest http) {
        String board = boardOf(http);
        List<CaseView> cases = cases(board);
        return BoardFigures.dashboard(cases, firstTaken(board));
    }

    /** Counts per school, month, kind of material and outcome; cells below 5 are suppressed. */
    @GetMapping("/statistics")
    BoardFigures.Statistics statistics(HttpServletRequest http) {
        return BoardFigures.statistics(cases(boardOf(http)));
    }

    private String boardOf(HttpServletRequest http) {
        RequestActor actor = actors.resolve(http);
        if (!BOARD_ROLES.contains(actor.role())) {
            throw new NotAllowedForRole("Board figures are for the board's administrators and auditors.");
        }
        return actor.boardId();
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
