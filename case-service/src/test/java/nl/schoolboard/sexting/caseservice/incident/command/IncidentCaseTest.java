package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

class IncidentCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final CaseId CASE = new CaseId("case-1");
    private static final Reporter LEADER = new Reporter("user-1", "SCHOOL_LEADER");

    private FixtureConfiguration<IncidentCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IncidentCase.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((DeadlinePolicies) board -> DeadlinePolicy.defaults());
    }

    @Test
    void a_complete_report_opens_the_case() {
        fixture.givenNoPriorActivity()
               .when(report())
               .expectSuccessfulHandlerExecution()
               .expectEvents(reported(), deadlines(NOW, true))
               .expectResultMessagePayload(1L);
    }

    @Test
    void a_report_about_the_past_is_accepted_with_its_own_moment() {
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        fixture.givenNoPriorActivity()
               .when(report(r -> withCameToLightAt(r, lastWeek)))
               .expectEvents(withCameToLightAt(reported(), lastWeek), deadlines(lastWeek, true));
    }

    @Test
    void a_report_without_pupils_platforms_or_year_groups_is_accepted() {
        fixture.givenNoPriorActivity()
               .when(new ReportIncident(CASE, new BoardId("board-1"), new SchoolId("school-1"), NOW,
                       CameToLight.STAFF_NOTICED, MaterialKind.VIDEO, null, false, null, null, LEADER))
               .expectEvents(new IncidentReported(CASE, new BoardId("board-1"), new SchoolId("school-1"), NOW,
                       CameToLight.STAFF_NOTICED, MaterialKind.VIDEO, Set.of(), false, List.of(), List.of(), LEADER),
                       deadlines(NOW, false));
    }

    static Stream<Arguments> invalidReports() {
        return Stream.of(
                Arguments.of("schoolId", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), r.boardId(), null,
                        r.cameToLightAt(), r.cameToLightHow(), r.materialKind(), r.platforms(), r.minorNudeInvolved(),
                        r.involvedPupils(), r.yearGroups(), r.reportedBy())),
                Arguments.of("schoolId", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), r.boardId(),
                        new SchoolId(" "), r.cameToLightAt(), r.cameToLightHow(), r.materialKind(), r.platforms(),
                        r.minorNudeInvolved(), r.involvedPupils(), r.yearGroups(), r.reportedBy())),
                Arguments.of("boardId", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), null, r.schoolId(),
                        r.cameToLightAt(), r.cameToLightHow(), r.materialKind(), r.platforms(), r.minorNudeInvolved(),
                        r.involvedPupils(), r.yearGroups(), r.reportedBy())),
                Arguments.of("cameToLightAt", (UnaryOperator<ReportIncident>) r -> withCameToLightAt(r, null)),
                Arguments.of("cameToLightAt", (UnaryOperator<ReportIncident>) r -> withCameToLightAt(r, NOW.plusSeconds(60))),
                Arguments.of("cameToLightHow", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), r.boardId(),
                        r.schoolId(), r.cameToLightAt(), null, r.materialKind(), r.platforms(), r.minorNudeInvolved(),
                        r.involvedPupils(), r.yearGroups(), r.reportedBy())),
                Arguments.of("materialKind", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), r.boardId(),
                        r.schoolId(), r.cameToLightAt(), r.cameToLightHow(), null, r.platforms(), r.minorNudeInvolved(),
                        r.involvedPupils(), r.yearGroups(), r.reportedBy())),
                Arguments.of("minorNudeInvolved", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), r.boardId(),
                        r.schoolId(), r.cameToLightAt(), r.cameToLightHow(), r.materialKind(), r.platforms(), null,
                        r.involvedPupils(), r.yearGroups(), r.reportedBy())),
                Arguments.of("involvedPupils[0].pupilRef", (UnaryOperator<ReportIncident>) r -> withPupils(r,
                        List.of(new InvolvedPupil(new PersonRef("Jan de Vries"), PersonRole.VICTIM)))),
                Arguments.of("involvedPupils[0].pupilRef", (UnaryOperator<ReportIncident>) r -> withPupils(r,
                        List.of(new InvolvedPupil(new PersonRef("data:image/png;base64,iVBORw0KGgo"), PersonRole.VICTIM)))),
                Arguments.of("involvedPupils[1].pupilRef", (UnaryOperator<ReportIncident>) r -> withPupils(r,
                        List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM),
                                new InvolvedPupil(new PersonRef("P-1"), PersonRole.SENDER)))),
                Arguments.of("involvedPupils[0].role", (UnaryOperator<ReportIncident>) r -> withPupils(r,
                        List.of(new InvolvedPupil(new PersonRef("P-1"), null)))),
                Arguments.of("involvedPupils[0].role", (UnaryOperator<ReportIncident>) r -> withPupils(r,
                        List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.STAFF_MEMBER)))),
                Arguments.of("yearGroups[0]", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), r.boardId(),
                        r.schoolId(), r.cameToLightAt(), r.cameToLightHow(), r.materialKind(), r.platforms(),
                        r.minorNudeInvolved(), r.involvedPupils(), List.of("<script>"), r.reportedBy())),
                Arguments.of("reportedBy", (UnaryOperator<ReportIncident>) r -> new ReportIncident(r.caseId(), r.boardId(),
                        r.schoolId(), r.cameToLightAt(), r.cameToLightHow(), r.materialKind(), r.platforms(),
                        r.minorNudeInvolved(), r.involvedPupils(), r.yearGroups(), null)));
    }

    @ParameterizedTest(name = "{0} is refused and nothing is stored")
    @MethodSource("invalidReports")
    void an_invalid_field_refuses_the_report_and_names_the_field(String field, UnaryOperator<ReportIncident> breakIt) {
        fixture.givenNoPriorActivity()
               .when(report(breakIt))
               .expectNoEvents()
               .expectException(InvalidCommand.class)
               .expectExceptionMessage(containsString(field));
    }

    @Test
    void every_invalid_field_is_named_at_once() {
        fixture.givenNoPriorActivity()
               .when(new ReportIncident(CASE, new BoardId("board-1"), null, null, null, null, null, null, null, null, LEADER))
               .expectNoEvents()
               .expectException(InvalidCommand.class)
               .expectExceptionMessage(allOf(containsString("schoolId"), containsString("cameToLightAt"),
                       containsString("cameToLightHow"), containsString("materialKind"),
                       containsString("minorNudeInvolved")));
    }

    @Test
    void the_same_report_repeated_is_accepted_once() {
        fixture.given(reported(), deadlines(NOW, true))
               .when(report())
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void a_repeat_by_another_reporter_is_still_the_same_report() {
        fixture.given(reported())
               .when(new ReportIncident(CASE, new BoardId("board-1"), new SchoolId("school-1"), NOW,
                       CameToLight.VICTIM_TOLD_STAFF, MaterialKind.PHOTO, Set.of(Platform.SNAPCHAT), true,
                       List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM),
                               new InvolvedPupil(new PersonRef("P-2"), PersonRole.SENDER)),
                       List.of("3"), new Reporter("user-2", "CARE_COORDINATOR")))
               .expectNoEvents();
    }

    @Test
    void a_different_report_on_an_existing_case_is_refused() {
        fixture.given(reported())
               .when(report(r -> new ReportIncident(r.caseId(), r.boardId(), r.schoolId(), r.cameToLightAt(),
                       r.cameToLightHow(), MaterialKind.VIDEO, r.platforms(), r.minorNudeInvolved(),
                       r.involvedPupils(), r.yearGroups(), r.reportedBy())))
               .expectNoEvents()
               .expectException(IncidentAlreadyReported.class);
    }

    private static ReportIncident report() {
        return new ReportIncident(CASE, new BoardId("board-1"), new SchoolId("school-1"), NOW,
                CameToLight.VICTIM_TOLD_STAFF, MaterialKind.PHOTO, Set.of(Platform.SNAPCHAT), true,
                List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM),
                        new InvolvedPupil(new PersonRef("P-2"), PersonRole.SENDER)),
                List.of("3"), LEADER);
    }

    private static ReportIncident report(UnaryOperator<ReportIncident> change) {
        return change.apply(report());
    }

    private static IncidentReported reported() {
        return new IncidentReported(CASE, new BoardId("board-1"), new SchoolId("school-1"), NOW,
                CameToLight.VICTIM_TOLD_STAFF, MaterialKind.PHOTO, Set.of(Platform.SNAPCHAT), true,
                List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM),
                        new InvolvedPupil(new PersonRef("P-2"), PersonRole.SENDER)),
                List.of("3"), LEADER);
    }

    /** The default policy: victim conversation 1 school day, police contact 1 (when mandatory), team briefing 2. */
    static DeadlinesSet deadlines(Instant from, boolean minorNude) {
        return new DeadlinesSet(CASE, from, DeadlinePolicy.defaults().dueTimes(from, minorNude));
    }

    private static ReportIncident withCameToLightAt(ReportIncident r, Instant at) {
        return new ReportIncident(r.caseId(), r.boardId(), r.schoolId(), at, r.cameToLightHow(), r.materialKind(),
                r.platforms(), r.minorNudeInvolved(), r.involvedPupils(), r.yearGroups(), r.reportedBy());
    }

    private static IncidentReported withCameToLightAt(IncidentReported r, Instant at) {
        return new IncidentReported(r.caseId(), r.boardId(), r.schoolId(), at, r.cameToLightHow(), r.materialKind(),
                r.platforms(), r.minorNudeInvolved(), r.involvedPupils(), r.yearGroups(), r.reportedBy());
    }

    private static ReportIncident withPupils(ReportIncident r, List<InvolvedPupil> pupils) {
        return new ReportIncident(r.caseId(), r.boardId(), r.schoolId(), r.cameToLightAt(), r.cameToLightHow(),
                r.materialKind(), r.platforms(), r.minorNudeInvolved(), pupils, r.yearGroups(), r.reportedBy());
    }
}
