package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.event.CaseReopened;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.event.PersonRoleChanged;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue;
import nl.schoolboard.sexting.caseservice.incident.event.StepSkipped;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.Affiliation;
import nl.schoolboard.sexting.caseservice.incident.people.AgeBand;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.Sector;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The fold behind the case view and the point-in-time view, fed events without Spring or a database. */
class CaseFoldTest {

    static final CaseId CASE = new CaseId("case-1");
    static final Instant CAME_TO_LIGHT = Instant.parse("2026-11-16T08:30:00Z"); // a Monday
    static final Instant VICTIM_DUE = Instant.parse("2026-11-17T08:30:00Z");
    static final Instant POLICE_DUE = Instant.parse("2026-11-17T08:30:00Z");
    static final Instant TEAM_DUE = Instant.parse("2026-11-18T08:30:00Z");

    private final List<RecordedFact> facts = new ArrayList<>();
    private Instant clock = Instant.parse("2026-11-16T09:00:00.000123456Z");

    static IncidentReported reported(boolean minorNude) {
        return new IncidentReported(CASE, new BoardId("board-1"), new SchoolId("school-1"), CAME_TO_LIGHT,
                CameToLight.VICTIM_TOLD_STAFF, MaterialKind.PHOTO, Set.of(Platform.SNAPCHAT, Platform.INSTAGRAM),
                minorNude, List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM),
                new InvolvedPupil(new PersonRef("P-2"), PersonRole.SENDER)), List.of("3"),
                new Reporter("user-1", "SCHOOL_LEADER"));
    }

    static DeadlinesSet deadlines() {
        return new DeadlinesSet(CASE, CAME_TO_LIGHT, Map.of(ProtocolStep.VICTIM_CONVERSATION, VICTIM_DUE,
                ProtocolStep.POLICE_CONTACT, POLICE_DUE, ProtocolStep.TEAM_BRIEFING, TEAM_DUE));
    }

    static VictimInterviewed victimInterviewed(Instant at) {
        return new VictimInterviewed(CASE, at, new PersonRef("P-1"), true, List.of(ConversationRole.CARE_COORDINATOR),
                PersonalText.aboutCase(CASE, "worried about school"), true, PersonalText.aboutCase(CASE, "ban on distribution"));
    }

    private void given(CaseFact... more) {
        for (CaseFact fact : more) {
            facts.add(new RecordedFact(fact, facts.size(), clock));
            clock = clock.plusSeconds(60);
        }
    }

    private CaseView view() {
        return CaseFold.fold(facts).orElseThrow();
    }

    private static CaseView.ChecklistLine line(CaseView view, ProtocolStep step) {
        return view.checklist().stream().filter(l -> l.step().equals(step.name())).findFirst().orElseThrow();
    }

    @Test
    void a_report_opens_the_case_with_its_details_deadlines_and_version() {
        given(reported(true), deadlines());

        CaseView view = view();

        assertThat(view.caseId()).isEqualTo("case-1");
        assertThat(view.boardId()).isEqualTo("board-1");
        assertThat(view.schoolId()).isEqualTo("school-1");
        assertThat(view.status()).isEqualTo("OPEN");
        assertThat(view.outcome()).isNull();
        assertThat(view.platforms()).containsExactly("INSTAGRAM", "SNAPCHAT");
        assertThat(view.people()).containsExactly(new CaseView.Person("P-1", "PUPIL", "VICTIM"),
                new CaseView.Person("P-2", "PUPIL", "SENDER"));
        assertThat(view.reportedAt()).isEqualTo(Instant.parse("2026-11-16T09:00:00Z"));
        assertThat(view.lastRecordedAt()).isEqualTo(Instant.parse("2026-11-16T09:01:00Z"));
        assertThat(view.version()).isEqualTo(1);
        assertThat(line(view, ProtocolStep.VICTIM_CONVERSATION))
                .isEqualTo(new CaseView.ChecklistLine("VICTIM_CONVERSATION", true, "OPEN", VICTIM_DUE, false, null));
        assertThat(line(view, ProtocolStep.POLICE_CONTACT).required()).isTrue();
        assertThat(view.nextDueAt()).isEqualTo(VICTIM_DUE);
        assertThat(view.overdue()).isFalse();
    }

    @Test
    void a_taken_step_is_done_and_the_next_due_time_moves_on() {
        given(reported(true), deadlines(), victimInterviewed(CAME_TO_LIGHT.plusSeconds(3600)),
                new PoliceContacted(CASE, CAME_TO_LIGHT.plusSeconds(7200), Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PV-1", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED));

        CaseView view = view();

        assertThat(line(view, ProtocolStep.VICTIM_CONVERSATION).state()).isEqualTo("DONE");
        assertThat(line(view, ProtocolStep.POLICE_CONTACT).state()).isEqualTo("DONE");
        assertThat(view.nextDueAt()).isEqualTo(TEAM_DUE);
        assertThat(view.version()).isEqualTo(3);
    }

    @Test
    void the_view_keeps_when_the_victim_was_first_heard_and_the_police_first_contacted() {
        given(reported(true), deadlines());
        assertThat(view().firstVictimConversationAt()).as("not yet").isNull();
        assertThat(view().firstPoliceContactAt()).as("not yet").isNull();

        Instant heard = CAME_TO_LIGHT.plus(Duration.ofHours(5)).plusNanos(123_456);
        Instant contacted = CAME_TO_LIGHT.plus(Duration.ofHours(30));
        given(victimInterviewed(heard),
                new PoliceContacted(CASE, contacted, Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER,
                        "PV-1", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED));
        assertThat(view().firstVictimConversationAt()).as("to the millisecond, as stored")
                .isEqualTo(CAME_TO_LIGHT.plus(Duration.ofHours(5)));
        assertThat(view().firstPoliceContactAt()).isEqualTo(contacted);

        given(victimInterviewed(CAME_TO_LIGHT.plus(Duration.ofHours(2))),
                victimInterviewed(CAME_TO_LIGHT.plus(Duration.ofHours(50))),
                new PoliceContacted(CASE, contacted.plus(Duration.ofDays(3)), Values.PoliceDecision.AANGIFTE,
                        ConversationRole.SCHOOL_LEADER, "PV-2", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED));
        assertThat(view().firstVictimConversationAt()).as("the earliest held, though recorded after another")
                .isEqualTo(CAME_TO_LIGHT.plus(Duration.ofHours(2)));
        assertThat(view().firstPoliceContactAt()).as("a later contact does not move the first").isEqualTo(contacted);
    }

    @Test
    void a_case_is_overdue_only_while_an_overdue_step_is_open() {
        given(reported(false), deadlines(), new StepBecameOverdue(CASE, ProtocolStep.VICTIM_CONVERSATION, VICTIM_DUE));
        assertThat(view().overdue()).isTrue();
        assertThat(line(view(), ProtocolStep.VICTIM_CONVERSATION).overdue()).isTrue();

        given(victimInterviewed(VICTIM_DUE.plusSeconds(60)));
        assertThat(view().overdue()).isFalse();
        assertThat(line(view(), ProtocolStep.VICTIM_CONVERSATION).state()).isEqualTo("DONE");
    }

    @Test
    void closing_keeps_the_outcome_and_skip_reasons_and_reopening_clears_them() {
        Instant closedAt = CAME_TO_LIGHT.plusSeconds(86_400 * 10);
        given(reported(false), deadlines(), new StepBecameOverdue(CASE, ProtocolStep.TEAM_BRIEFING, TEAM_DUE),
                new StepSkipped(CASE, CAME_TO_LIGHT, ProtocolStep.DISTRIBUTION_BAN, PersonalText.aboutCase(CASE, "nothing went round")),
                new CaseClosed(CASE, closedAt, Values.Outcome.RESOLVED, PersonalText.aboutCase(CASE, "went well"),
                        Map.of(ProtocolStep.TEAM_BRIEFING, PersonalText.aboutCase(CASE, "team already knew"))));

        CaseView closed = view();
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).isEqualTo("RESOLVED");
        assertThat(closed.closedAt()).isEqualTo(closedAt);
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.nextDueAt()).isNull();
        assertThat(line(closed, ProtocolStep.TEAM_BRIEFING).state()).isEqualTo("SKIPPED");
        assertThat(line(closed, ProtocolStep.TEAM_BRIEFING).reason()).isEqualTo("team already knew");
        assertThat(line(closed, ProtocolStep.DISTRIBUTION_BAN).reason()).isEqualTo("nothing went round");

        given(new CaseReopened(CASE, closedAt.plusSeconds(60), PersonalText.aboutCase(CASE, "new images")));
        CaseView reopened = view();
        assertThat(reopened.status()).isEqualTo("OPEN");
        assertThat(reopened.outcome()).isNull();
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.version()).isEqualTo(5);
    }

    @Test
    void people_keep_their_own_roles_and_a_staff_member_opens_the_reporting_duty_track() {
        given(reported(false), deadlines(),
                new PersonRoleChanged(CASE, CAME_TO_LIGHT, new PersonRef("P-2"), PersonRole.SENDER, PersonRole.FORWARDER, PersonalText.aboutCase(CASE, "it was forwarded")),
                new PersonLinked(CASE, CAME_TO_LIGHT, new PersonRef("S-9"), PersonKind.STAFF, PersonRole.SENDER),
                new ReportingDutyTrackOpened(CASE, CAME_TO_LIGHT, new PersonRef("S-9")));

        CaseView view = view();

        assertThat(view.people()).containsExactly(new CaseView.Person("P-1", "PUPIL", "VICTIM"),
                new CaseView.Person("P-2", "PUPIL", "FORWARDER"), new CaseView.Person("S-9", "STAFF", "SENDER"));
        assertThat(view.reportingDutyTrack()).isTrue();
        assertThat(line(view, ProtocolStep.BOARD_INFORMED).state()).isEqualTo("OPEN");
        assertThat(line(view, ProtocolStep.BOARD_INFORMED).required()).isTrue();
    }

    @Test
    void a_persons_facts_show_as_codes_once_recorded_and_as_recorded_last() {
        given(reported(false), deadlines());
        assertThat(person(view(), "P-2").facts()).as("nothing recorded yet").isNull();

        given(factsRecorded("P-2", new PersonFacts(Set.of(Act.FORWARDED, Act.RECEIVED), null, true,
                List.of(new PersonRef("P-3")), null, AgeBand.FROM_12_TO_17, Affiliation.PUPIL_OF_THIS_SCHOOL, Sector.VO)));
        assertThat(person(view(), "P-2").facts()).isEqualTo(new CaseView.Facts(List.of("FORWARDED", "RECEIVED"),
                null, true, List.of("P-3"), null, "FROM_12_TO_17", "PUPIL_OF_THIS_SCHOOL", "VO"));
        assertThat(person(view(), "P-1").facts()).as("only the person they were recorded of").isNull();

        given(factsRecorded("P-2", new PersonFacts(Set.of(Act.FORWARDED), null, false, List.of(), 19, null,
                Affiliation.PUPIL_OF_ANOTHER_SCHOOL, Sector.MBO)));
        assertThat(person(view(), "P-2").facts()).as("the age gives the band").isEqualTo(new CaseView.Facts(
                List.of("FORWARDED"), null, false, List.of(), 19, "FROM_18_TO_22", "PUPIL_OF_ANOTHER_SCHOOL", "MBO"));
        assertThat(view().toString()).as("the reason for a change stays out of the view")
                .doesNotContain("corrected after the interview");
    }

    static PersonFactsRecorded factsRecorded(String person, PersonFacts facts) {
        return new PersonFactsRecorded(CASE, CAME_TO_LIGHT, new PersonRef(person), facts,
                PersonalText.aboutCase(CASE, "corrected after the interview"));
    }

    private static CaseView.Person person(CaseView view, String ref) {
        return view.people().stream().filter(p -> p.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void without_a_report_there_is_no_case() {
        given(deadlines());

        assertThat(CaseFold.fold(facts)).isEmpty();
        assertThat(CaseFold.fold(List.of())).isEmpty();
    }

    @Test
    void as_of_a_moment_only_what_was_recorded_by_then_counts() {
        given(reported(true), deadlines());
        Instant interviewRecorded = clock; // 09:02:00.000123456
        given(victimInterviewed(CAME_TO_LIGHT.plusSeconds(3600)),
                new PoliceContacted(CASE, CAME_TO_LIGHT.plusSeconds(600), Values.PoliceDecision.AANGIFTE, ConversationRole.SCHOOL_LEADER, null, ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED));

        CaseView between = CaseFold.asOf(facts, RecordedFact.millis(interviewRecorded)).orElseThrow();
        assertThat(line(between, ProtocolStep.VICTIM_CONVERSATION).state()).isEqualTo("DONE");
        assertThat(line(between, ProtocolStep.POLICE_CONTACT).state()).isEqualTo("OPEN");
        assertThat(between.version()).isEqualTo(2);

        assertThat(CaseFold.asOf(facts, Instant.parse("2026-11-16T08:59:59Z"))).isEmpty();
        assertThat(CaseFold.asOf(facts, Instant.parse("2030-01-01T00:00:00Z"))).contains(view());
    }

    @Test
    void a_fact_stamped_earlier_than_the_one_before_it_is_not_known_before_that_one() {
        facts.add(new RecordedFact(reported(false), 0, Instant.parse("2026-11-16T09:00:00Z")));
        facts.add(new RecordedFact(deadlines(), 1, Instant.parse("2026-11-16T09:00:05Z")));
        facts.add(new RecordedFact(victimInterviewed(CAME_TO_LIGHT), 2, Instant.parse("2026-11-16T09:00:03Z")));

        assertThat(CaseFold.asOf(facts, Instant.parse("2026-11-16T09:00:04Z")).orElseThrow().version()).isZero();
    }
}
