package nl.schoolboard.sexting.caseservice.dashboard;

import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import nl.schoolboard.sexting.caseservice.incident.query.TimelineEntry;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.schoolboard.sexting.caseservice.dashboard.BoardFiguresTest.NOVEMBER;
import static nl.schoolboard.sexting.caseservice.dashboard.BoardFiguresTest.SCHOOLS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard reads only the fields its figures are made of, from a MongoDB-wire store. Whatever else a case view
 * holds, the figures are the ones {@link BoardFigures} makes of the whole views, and another board's cases are not
 * among them.
 */
class BoardDashboardReadTest {

    private final MongoTemplate mongo = new MongoTemplate(InMemoryMongo.client(), "dashboard-" + UUID.randomUUID());
    private final BoardDashboard dashboard = new BoardDashboard(mongo, SCHOOLS);
    private final RequestActor administrator = new RequestActor("admin-1", StaffRole.BOARD_ADMINISTRATOR, "b",
            List.of(), "corr-1");

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
    }

    @Test
    void the_figures_from_the_fields_read_are_those_of_the_whole_views() {
        List<CaseView> board = new ArrayList<>();
        Map<String, Map<String, Instant>> firstTaken = new HashMap<>();
        for (int i = 0; i < 23; i++) {
            String school = i % 3 == 0 ? "s1" : "s2";
            String outcome = i % 4 == 0 ? null : i % 4 == 1 ? "RESOLVED" : "REFERRED";
            CaseView view = wholeView("case-" + i, "b", school, NOVEMBER.plus(Duration.ofDays(i)),
                    i % 2 == 0 ? "PHOTO" : "VIDEO", outcome, i % 8 == 0);
            board.add(view);
            mongo.save(view);
            Instant interviewed = view.cameToLightAt().plus(Duration.ofHours(i + 1));
            mongo.save(new TimelineEntry("interview-" + i, view.caseId(), "b", 2, "VictimInterviewed", interviewed,
                    interviewed, "user-1", "CARE_COORDINATOR", Map.of()));
            firstTaken.put(view.caseId(), Map.of("VictimInterviewed", interviewed));
        }
        mongo.save(wholeView("elsewhere", "other-board", "s1", NOVEMBER, "PHOTO", null, true));

        BoardFigures.Dashboard figures = dashboard.dashboard(administrator);
        BoardFigures.Statistics statistics = dashboard.statistics(administrator);

        List<BoardFigures.Cell> cells = BoardFigures.cells(board, SCHOOLS);
        assertThat(figures).isEqualTo(BoardFigures.dashboard(cells, board, firstTaken));
        assertThat(statistics).isEqualTo(BoardFigures.statistics(cells));
        assertThat(figures.medianHoursToVictimConversation()).as("medians are shown from ten cases on").isNotNull();
    }

    /** A case view with people and a checklist, as the projection writes one. */
    private static CaseView wholeView(String id, String board, String school, Instant cameToLight, String kind,
                                      String outcome, boolean overdue) {
        return new CaseView(id, board, school, outcome == null ? CaseView.OPEN : CaseView.CLOSED, outcome, cameToLight,
                "STAFF_NOTICED", cameToLight, "user-1", kind, List.of("SNAPCHAT"), true, List.of("3"),
                List.of(new CaseView.Person("P-1", "PUPIL", "VICTIM")), false,
                List.of(new CaseView.ChecklistLine("VICTIM_CONVERSATION", true, "OPEN", cameToLight.plusSeconds(86_400),
                        overdue, null)),
                overdue, cameToLight.plusSeconds(86_400), outcome == null ? null : cameToLight.plusSeconds(864_000),
                cameToLight, false, false, 3);
    }
}
