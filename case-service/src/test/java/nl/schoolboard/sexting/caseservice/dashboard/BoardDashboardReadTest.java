package nl.schoolboard.sexting.caseservice.dashboard;

import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        List<CaseFigures> board = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String school = i % 3 == 0 ? "s1" : "s2";
            String outcome = i % 4 == 0 ? null : i % 4 == 1 ? "RESOLVED" : "REFERRED";
            Instant cameToLight = NOVEMBER.plus(Duration.ofDays(i));
            CaseView view = wholeView("case-" + i, "b", school, cameToLight, i % 2 == 0 ? "PHOTO" : "VIDEO", outcome,
                    i % 8 == 0, cameToLight.plus(Duration.ofHours(i + 1)),
                    i % 3 == 0 ? cameToLight.plus(Duration.ofHours(2 * i + 5)) : null);
            mongo.save(view);
            board.add(new CaseFigures(view.schoolId(), view.cameToLightAt(), view.materialKind(), view.status(),
                    view.outcome(), view.overdue(), view.firstVictimConversationAt(), view.firstPoliceContactAt()));
        }
        mongo.save(wholeView("elsewhere", "other-board", "s1", NOVEMBER, "PHOTO", null, true, NOVEMBER, NOVEMBER));

        BoardFigures.Dashboard figures = dashboard.dashboard(administrator);
        BoardFigures.Statistics statistics = dashboard.statistics(administrator);

        List<BoardFigures.Cell> cells = BoardFigures.cells(board, SCHOOLS);
        assertThat(figures).isEqualTo(BoardFigures.dashboard(cells, board));
        assertThat(statistics).isEqualTo(BoardFigures.statistics(cells));
        assertThat(figures.medianHoursToVictimConversation()).as("medians are shown from ten cases on").isEqualTo(12);
        assertThat(figures.medianHoursToPoliceContact()).as("over the cases where the police were contacted")
                .isEqualTo(26);
    }

    /** A case view with people and a checklist, as the projection writes one. */
    private static CaseView wholeView(String id, String board, String school, Instant cameToLight, String kind,
                                      String outcome, boolean overdue, Instant victimHeard, Instant policeContacted) {
        return new CaseView(id, board, school, outcome == null ? CaseView.OPEN : CaseView.CLOSED, outcome, cameToLight,
                "STAFF_NOTICED", cameToLight, "user-1", kind, List.of("SNAPCHAT"), true, List.of("3"),
                List.of(new CaseView.Person("P-1", "PUPIL", "VICTIM")), false,
                List.of(new CaseView.ChecklistLine("VICTIM_CONVERSATION", true, "OPEN", cameToLight.plusSeconds(86_400),
                        overdue, null)),
                overdue, cameToLight.plusSeconds(86_400), outcome == null ? null : cameToLight.plusSeconds(864_000),
                cameToLight, false, false, victimHeard, policeContacted, 3);
    }
}
