package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteDecided;
import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.event.CaseReopened;
import nl.schoolboard.sexting.caseservice.incident.event.FurtherDistributionReported;
import nl.schoolboard.sexting.caseservice.incident.event.PerpetratorInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.event.PersonRoleChanged;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.PressStatementPrepared;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionImposed;
import nl.schoolboard.sexting.caseservice.incident.event.SpokespersonAppointed;
import nl.schoolboard.sexting.caseservice.incident.event.StepSkipped;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the timeline says of each fact: codes, never the free text or the staff behind it. */
class TimelineSummaryTest {

    static final CaseId CASE = new CaseId("case-1");
    static final Instant AT = Instant.parse("2026-11-17T10:00:00Z");
    static final String SECRET = "Jan de Vries cried";
    private static final PersonalText TEXT = PersonalText.aboutCase(CASE, SECRET);
    static final PersonRef STAFF = new PersonRef("STAFF-77");

    @Test
    void free_text_and_staff_outside_the_case_never_reach_the_timeline() {
        List<CaseFact> facts = List.of(
                new VictimInterviewed(CASE, AT, new PersonRef("P-1"), true, List.of(ConversationRole.OTHER), TEXT, true, TEXT),
                new PerpetratorInterviewed(CASE, AT, new PersonRef("P-2"), true, false, true, TEXT),
                new SanctionImposed(CASE, AT, new PersonRef("P-2"), Values.SanctionKind.DETENTION, null, null, TEXT),
                new PoliceContacted(CASE, AT, Values.PoliceDecision.AANGIFTE, ConversationRole.OTHER, "PV-2026-SECRET", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED),
                new FurtherDistributionReported(CASE, AT, null, TEXT),
                new TeamBriefed(CASE, AT, List.of(STAFF), TEXT, false, Values.ClassDiscussion.CLASS_LESSON, STAFF, DiscussionWish.AGREES, DiscussionWish.NOT_ASKED, null),
                new SpokespersonAppointed(CASE, AT, STAFF),
                new PressStatementPrepared(CASE, AT, SECRET, ConversationRole.OTHER),
                new AangifteDecided(CASE, AT, false, TEXT),
                new PersonRoleChanged(CASE, AT, new PersonRef("P-2"), PersonRole.SENDER, PersonRole.BYSTANDER, TEXT),
                new StepSkipped(CASE, AT, ProtocolStep.DISTRIBUTION_BAN, TEXT),
                new CaseClosed(CASE, AT, Values.Outcome.RESOLVED, TEXT, Map.of(ProtocolStep.TEAM_BRIEFING, TEXT)),
                new CaseReopened(CASE, AT, TEXT));

        for (CaseFact fact : facts) {
            assertThat(TimelineSummary.of(fact).toString())
                    .as(fact.getClass().getSimpleName())
                    .doesNotContain("Jan", "SECRET", STAFF.value());
        }
    }

    @Test
    void each_step_says_which_step_and_its_decision_in_codes() {
        assertThat(TimelineSummary.of(new PoliceContacted(CASE, AT, Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, null, ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED)))
                .isEqualTo(Map.of("decision", "MELDING", "step", "POLICE_CONTACT", "victimWish", "WANTS_REPORT",
                        "parentsWish", "NOT_ASKED"));
        assertThat(TimelineSummary.of(new VictimInterviewed(CASE, AT, new PersonRef("P-1"), false, List.of(), null, true, null)))
                .containsEntry("step", "VICTIM_CONVERSATION").containsEntry("person", "P-1")
                .containsEntry("parentsPresent", "false").containsEntry("perpetratorsKnown", "true");
        assertThat(TimelineSummary.of(new SanctionImposed(CASE, AT, new PersonRef("P-2"), Values.SanctionKind.SUSPENSION,
                LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-19"), TEXT)))
                .isEqualTo(Map.of("from", "2026-11-18", "kind", "SUSPENSION", "person", "P-2",
                        "step", "SANCTIONS", "until", "2026-11-19"));
        assertThat(TimelineSummary.of(new CaseClosed(CASE, AT, Values.Outcome.RESOLVED, TEXT,
                Map.of(ProtocolStep.TEAM_BRIEFING, TEXT, ProtocolStep.DISTRIBUTION_BAN, TEXT))))
                .isEqualTo(Map.of("outcome", "RESOLVED", "skippedSteps", "DISTRIBUTION_BAN,TEAM_BRIEFING"));
    }

    /** A fact of an unknown kind cannot reach the timeline: the kinds are sealed, a new one is added knowingly. */
    @Test
    void there_is_no_fact_of_an_unknown_kind() {
        assertThat(CaseFact.class.isSealed()).isTrue();
        assertThat(CaseFact.class.getPermittedSubclasses()).allMatch(Class::isRecord);
    }
}
