package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import nl.schoolboard.sexting.caseservice.incident.refusal.IncidentAlreadyReported;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static nl.schoolboard.sexting.caseservice.incident.command.A.CASE;
import static nl.schoolboard.sexting.caseservice.incident.command.A.NOW;
import static nl.schoolboard.sexting.caseservice.incident.model.PersonRole.SENDER;
import static nl.schoolboard.sexting.caseservice.incident.model.PersonRole.STAFF_MEMBER;
import static nl.schoolboard.sexting.caseservice.incident.model.PersonRole.VICTIM;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

class IncidentCaseTest extends CaseBehaviour {

    /** The report most tests start from: a victim and a sender. */
    private static A.Report report() {
        return A.report().withPupil("P-1", VICTIM).withPupil("P-2", SENDER);
    }

    @Test
    void a_complete_report_opens_the_case() {
        fixture.givenNoPriorActivity()
               .when(report().command())
               .expectSuccessfulHandlerExecution()
               .expectEvents(report().fact(), deadlines(NOW, true))
               .expectResultMessagePayload(1L);
    }

    @Test
    void a_report_about_the_past_is_accepted_with_its_own_moment() {
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        fixture.givenNoPriorActivity()
               .when(report().cameToLightAt(lastWeek).command())
               .expectEvents(report().cameToLightAt(lastWeek).fact(), deadlines(lastWeek, true));
    }

    @Test
    void a_report_without_pupils_platforms_or_year_groups_is_accepted() {
        A.Report bare = A.report().cameToLight(CameToLight.STAFF_NOTICED).material(MaterialKind.VIDEO)
                .platforms(null).aboutAMinorNude(false).withoutPupilList().yearGroups(null);
        fixture.givenNoPriorActivity()
               .when(bare.command())
               .expectEvents(new IncidentReported(CASE, new BoardId("board-1"), new SchoolId("school-1"), NOW,
                       CameToLight.STAFF_NOTICED, MaterialKind.VIDEO, Set.of(), false, List.of(), List.of(), A.LEADER),
                       deadlines(NOW, false));
    }

    static Stream<Arguments> invalidReports() {
        return Stream.of(
                Arguments.of("schoolId", (UnaryOperator<A.Report>) r -> r.school(null)),
                Arguments.of("schoolId", (UnaryOperator<A.Report>) r -> r.school(" ")),
                Arguments.of("boardId", (UnaryOperator<A.Report>) r -> r.board(null)),
                Arguments.of("cameToLightAt", (UnaryOperator<A.Report>) r -> r.cameToLightAt(null)),
                Arguments.of("cameToLightAt", (UnaryOperator<A.Report>) r -> r.cameToLightAt(NOW.plusSeconds(60))),
                Arguments.of("cameToLightHow", (UnaryOperator<A.Report>) r -> r.cameToLight(null)),
                Arguments.of("materialKind", (UnaryOperator<A.Report>) r -> r.material(null)),
                Arguments.of("minorNudeInvolved", (UnaryOperator<A.Report>) r -> r.aboutAMinorNude(null)),
                Arguments.of("involvedPupils[0].pupilRef", (UnaryOperator<A.Report>) r -> r.withPupil("Jan de Vries", VICTIM)),
                Arguments.of("involvedPupils[0].pupilRef",
                        (UnaryOperator<A.Report>) r -> r.withPupil("data:image/png;base64,iVBORw0KGgo", VICTIM)),
                Arguments.of("involvedPupils[1].pupilRef",
                        (UnaryOperator<A.Report>) r -> r.withPupil("P-1", VICTIM).withPupil("P-1", SENDER)),
                Arguments.of("involvedPupils[0].role", (UnaryOperator<A.Report>) r -> r.withPupil("P-1", null)),
                Arguments.of("involvedPupils[0].role", (UnaryOperator<A.Report>) r -> r.withPupil("P-1", STAFF_MEMBER)),
                Arguments.of("yearGroups[0]", (UnaryOperator<A.Report>) r -> r.yearGroups(List.of("<script>"))),
                Arguments.of("reportedBy", (UnaryOperator<A.Report>) r -> r.reportedBy(null)));
    }

    @ParameterizedTest(name = "{0} is refused and nothing is stored")
    @MethodSource("invalidReports")
    void an_invalid_field_refuses_the_report_and_names_the_field(String field, UnaryOperator<A.Report> breakIt) {
        fixture.givenNoPriorActivity()
               .when(breakIt.apply(A.report()).command())
               .expectNoEvents()
               .expectException(InvalidCommand.class)
               .expectExceptionMessage(containsString(field));
    }

    @Test
    void every_invalid_field_is_named_at_once() {
        fixture.givenNoPriorActivity()
               .when(A.report().school(null).cameToLightAt(null).cameToLight(null).material(null).platforms(null)
                       .aboutAMinorNude(null).withoutPupilList().yearGroups(null).command())
               .expectNoEvents()
               .expectException(InvalidCommand.class)
               .expectExceptionMessage(allOf(containsString("schoolId"), containsString("cameToLightAt"),
                       containsString("cameToLightHow"), containsString("materialKind"),
                       containsString("minorNudeInvolved")));
    }

    @Test
    void the_same_report_repeated_is_accepted_once() {
        fixture.given(report().fact(), deadlines(NOW, true))
               .when(report().command())
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void a_repeat_by_another_reporter_is_still_the_same_report() {
        fixture.given(report().fact())
               .when(report().reportedBy(new Reporter("user-2", "CARE_COORDINATOR")).command())
               .expectNoEvents();
    }

    @Test
    void a_different_report_on_an_existing_case_is_refused() {
        refused(fixture.given(report().fact())
                       .when(report().material(MaterialKind.VIDEO).command()),
                IncidentAlreadyReported.class);
    }

    /** The default policy: victim conversation 1 school day, police contact 1 (when mandatory), team briefing 2. */
    static DeadlinesSet deadlines(Instant from, boolean minorNude) {
        return new DeadlinesSet(CASE, from, DeadlinePolicy.defaults().dueTimes(from, minorNude));
    }
}
