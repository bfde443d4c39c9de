package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.command.BriefTeam;
import nl.schoolboard.sexting.caseservice.incident.command.CloseCase;
import nl.schoolboard.sexting.caseservice.incident.command.ContactPolice;
import nl.schoolboard.sexting.caseservice.incident.command.HoldAftercareConversation;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewVictim;
import nl.schoolboard.sexting.caseservice.incident.command.RecordTakedown;
import nl.schoolboard.sexting.caseservice.incident.command.SpeakToBystander;
import nl.schoolboard.sexting.caseservice.incident.event.AftercareConversationHeld;
import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.event.BystanderSpokenTo;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.FurtherDistributionReported;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.TakedownRequested;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.deadline.DeadlineSettings;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.Affiliation;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.Sector;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownChannel;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownOutcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The victim's voice and the care around the victim, given/when/then: the wishes beside the police decision and the
 * class discussion, the bystanders, the takedown and the aftercare. Each test names the rule it holds
 * (docs/protocol-api.md lists them).
 */
class VictimsVoiceTest extends CaseBehaviour {

    /** Wednesday 25 November 2026, 08:00 UTC. */
    static final PersonRef GIRL = new PersonRef("P-1");
    static final PersonRef FORWARDER = new PersonRef("P-2");
    static final PersonRef CLASSMATE = new PersonRef("P-3");
    static final PersonRef ONLOOKER = new PersonRef("P-4");
    static final PersonRef MENTOR = new PersonRef("S-1");

    /** A victim, a forwarder, and two pupils in the case whose facts are yet to be recorded. */
    static Object reported() {
        return A.report().withPupil(GIRL.value(), PersonRole.VICTIM).withPupil(FORWARDER.value(), PersonRole.FORWARDER)
                .withPupil(CLASSMATE.value(), PersonRole.BYSTANDER).withPupil(ONLOOKER.value(), PersonRole.BYSTANDER)
                .aboutAMinorNude(false).cameToLightAt(EARLIER).fact();
    }

    static PersonFactsRecorded recorded(PersonRef person, Act... acts) {
        return new PersonFactsRecorded(CASE, EARLIER, person, new PersonFacts(Set.of(acts), null, null, List.of(), 15,
                null, Affiliation.PUPIL_OF_THIS_SCHOOL, Sector.VO), null);
    }

    static BriefTeam classLesson(DiscussionWish victim, DiscussionWish parents, String reason) {
        return new BriefTeam(CASE, null, EARLIER, List.of(MENTOR), "Er speelt een incident in leerjaar 3.", false,
                Values.ClassDiscussion.CLASS_LESSON, MENTOR, victim, parents, reason);
    }

    static CaseFile fileOf(Object... facts) {
        CaseFile file = new CaseFile();
        for (Object fact : facts) {
            file.apply((CaseFact) fact);
        }
        return file;
    }

    @Nested
    class TheVictimsWishes {

        @Test
        void the_police_decision_records_the_victims_and_the_parents_wishes() {
            fixture.given(reported())
                   .when(new ContactPolice(CASE, null, EARLIER, Values.PoliceDecision.MELDING, "SCHOOL_LEADER", null,
                           ReportWish.DOES_NOT_WANT, ReportWish.WANTS_REPORT))
                   .expectEvents(new PoliceContacted(CASE, EARLIER, Values.PoliceDecision.MELDING,
                           ConversationRole.SCHOOL_LEADER, null, ReportWish.DOES_NOT_WANT, ReportWish.WANTS_REPORT));
        }

        @Test
        void the_police_decision_asks_the_wishes_as_codes() {
            refused(fixture.given(reported())
                           .when(new ContactPolice(CASE, null, EARLIER, Values.PoliceDecision.MELDING, "SCHOOL_LEADER", null,
                                   null, ReportWish.NOT_RECORDED)),
                    InvalidCommand.class, "victimWish", "parentsWish");
        }

        @Test
        void a_class_discussion_against_the_victims_objection_needs_a_reason() {
            refused(fixture.given(reported())
                           .when(classLesson(DiscussionWish.OBJECTS, DiscussionWish.AGREES, " ")),
                    ProtocolViolation.class, "class-discussion-against-objection-needs-reason");
        }

        @Test
        void a_class_discussion_against_an_objection_goes_ahead_with_the_reason() {
            String reason = "De klas weet het al; zonder gesprek gaan de geruchten door.";
            fixture.given(reported())
                   .when(classLesson(DiscussionWish.OBJECTS, DiscussionWish.AGREES, reason))
                   .expectEvents(new TeamBriefed(CASE, EARLIER, List.of(MENTOR),
                           PersonalText.aboutCase(CASE, "Er speelt een incident in leerjaar 3."), false,
                           Values.ClassDiscussion.CLASS_LESSON, MENTOR, DiscussionWish.OBJECTS, DiscussionWish.AGREES,
                           PersonalText.aboutCase(CASE, reason)));
        }

        @Test
        void a_class_discussion_asks_the_wishes_of_the_victim_and_the_parents() {
            refused(fixture.given(reported())
                           .when(classLesson(null, null, null)),
                    InvalidCommand.class, "victimWish");
        }

        @Test
        void without_a_class_discussion_nobody_was_asked() {
            fixture.given(reported())
                   .when(new BriefTeam(CASE, null, EARLIER, List.of(MENTOR), "Er speelt een incident.", false,
                           Values.ClassDiscussion.NOT_DISCUSSED, null, null, null, null))
                   .expectEvents(new TeamBriefed(CASE, EARLIER, List.of(MENTOR),
                           PersonalText.aboutCase(CASE, "Er speelt een incident."), false,
                           Values.ClassDiscussion.NOT_DISCUSSED, null, DiscussionWish.NOT_ASKED, DiscussionWish.NOT_ASKED,
                           null));
        }
    }

    @Nested
    class Bystanders {

        @Test
        void a_pupil_who_received_the_image_is_told_to_delete_it_and_not_to_share_it() {
            fixture.given(reported(), recorded(CLASSMATE, Act.RECEIVED))
                   .when(new SpeakToBystander(CASE, null, EARLIER, CLASSMATE, true, true))
                   .expectEvents(new BystanderSpokenTo(CASE, EARLIER, CLASSMATE, true, true));
        }

        @Test
        void the_bystander_conversation_tells_them_to_delete_and_not_to_share() {
            refused(fixture.given(reported(), recorded(CLASSMATE, Act.SAW))
                           .when(new SpeakToBystander(CASE, null, EARLIER, CLASSMATE, false, false)),
                    InvalidCommand.class, "toldToDelete", "toldNotToShare");
        }

        @Test
        void a_bystander_conversation_is_for_someone_who_received_or_saw_it_and_is_not_suspected() {
            refused(fixture.given(reported(), recorded(FORWARDER, Act.RECEIVED, Act.FORWARDED))
                           .when(new SpeakToBystander(CASE, null, EARLIER, FORWARDER, true, true)),
                    ProtocolViolation.class, "not-a-bystander");
        }

        @Test
        void every_bystander_is_spoken_to_before_the_step_is_done() {
            CaseFile file = fileOf(reported(), recorded(CLASSMATE, Act.RECEIVED), recorded(ONLOOKER, Act.SAW),
                    new BystanderSpokenTo(CASE, EARLIER, CLASSMATE, true, true));
            assertThat(file.openRequiredSteps()).contains(ProtocolStep.BYSTANDER_CONVERSATIONS);

            file.apply(new BystanderSpokenTo(CASE, EARLIER, ONLOOKER, true, true));
            assertThat(file.openRequiredSteps()).doesNotContain(ProtocolStep.BYSTANDER_CONVERSATIONS);
        }
    }

    @Nested
    class Takedown {

        @Test
        void a_takedown_is_recorded_with_where_and_its_outcome() {
            fixture.given(reported())
                   .when(new RecordTakedown(CASE, null, EARLIER, TakedownChannel.HELPWANTED, TakedownOutcome.PENDING))
                   .expectEvents(new TakedownRequested(CASE, EARLIER, TakedownChannel.HELPWANTED, TakedownOutcome.PENDING));
        }

        @Test
        void a_takedown_says_where_and_with_what_outcome() {
            refused(fixture.given(reported())
                           .when(new RecordTakedown(CASE, null, EARLIER, null, null)),
                    InvalidCommand.class, "reportedTo", "outcome");
        }

        @Test
        void a_takedown_is_required_once_the_image_was_distributed() {
            assertThat(fileOf(reported()).openRequiredSteps()).doesNotContain(ProtocolStep.TAKEDOWN);
            assertThat(fileOf(reported(), recorded(FORWARDER, Act.RECEIVED, Act.FORWARDED)).openRequiredSteps())
                    .contains(ProtocolStep.TAKEDOWN);
            assertThat(fileOf(reported(), new FurtherDistributionReported(CASE, EARLIER, null, null)).openRequiredSteps())
                    .contains(ProtocolStep.TAKEDOWN);
            assertThat(fileOf(reported(), recorded(FORWARDER, Act.FORWARDED),
                    new TakedownRequested(CASE, EARLIER, TakedownChannel.PLATFORM_REPORT, TakedownOutcome.REMOVED))
                    .openRequiredSteps()).doesNotContain(ProtocolStep.TAKEDOWN);
        }

        @Test
        void a_case_with_a_distributed_image_closes_only_after_the_takedown_or_a_reason() {
            Map<ProtocolStep, String> reasons = new EnumMap<>(ProtocolStep.class);
            for (ProtocolStep step : ProtocolStep.values()) {
                if (step != ProtocolStep.TAKEDOWN) {
                    reasons.put(step, "not needed in this test");
                }
            }
            refused(fixture.given(reported(), recorded(FORWARDER, Act.RECEIVED, Act.FORWARDED))
                           .when(new CloseCase(CASE, null, NOW, Values.Outcome.RESOLVED, "done", reasons)),
                    ProtocolIncomplete.class, "TAKEDOWN");
        }
    }

    @Nested
    class Aftercare {

        final InterviewVictim firstConversation = new InterviewVictim(CASE, null, EARLIER, GIRL, true,
                List.of("CARE_COORDINATOR"), null, false, null);
        final VictimInterviewed interviewed = new VictimInterviewed(CASE, EARLIER, GIRL, true,
                List.of(ConversationRole.CARE_COORDINATOR), null, false, null);
        /** After 5 school days, and after 20 — which skip the Christmas holiday of 2026 (19 December to 3 January). */
        final AftercarePlanned planned = new AftercarePlanned(CASE, EARLIER, GIRL,
                List.of(Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2027-01-06T08:00:00Z")));

        @Test
        void the_first_conversation_with_the_victim_plans_follow_ups_after_5_and_20_school_days() {
            assertThat(DeadlinePolicy.defaults().aftercareSchoolDays()).containsExactly(5, 20);
            fixture.given(reported())
                   .when(firstConversation)
                   .expectEvents(interviewed, planned,
                           new DeadlinesSet(CASE, EARLIER, Map.of(ProtocolStep.AFTERCARE, Instant.parse("2027-01-06T08:00:00Z"))));
        }

        @Test
        void a_board_sets_its_own_follow_up_intervals() {
            DeadlineSettings settings = new DeadlineSettings();
            settings.getAftercareBoards().put("board-1", List.of(3));
            BoardId board = new BoardId("board-1");
            BoardId other = new BoardId("board-2");

            assertThat(settings.forBoard(board).aftercare(CASE, EARLIER, GIRL).conversationsDue())
                    .containsExactly(Instant.parse("2026-11-30T08:00:00Z"));
            assertThat(settings.forBoard(other).aftercare(CASE, EARLIER, GIRL)).isEqualTo(planned);
        }

        @Test
        void a_later_conversation_with_the_victim_plans_nothing_new() {
            fixture.given(reported(), interviewed, planned)
                   .when(firstConversation)
                   .expectEvents(interviewed);
        }

        @Test
        void a_follow_up_is_held_with_a_victim_it_was_planned_for() {
            refused(fixture.given(reported())
                           .when(new HoldAftercareConversation(CASE, null, EARLIER, GIRL, null)),
                    ProtocolViolation.class, "no-aftercare-planned");
        }

        @Test
        void a_follow_up_conversation_is_recorded() {
            fixture.given(reported(), interviewed, planned)
                   .when(new HoldAftercareConversation(CASE, null, NOW, GIRL, "Het gaat beter."))
                   .expectEvents(new AftercareConversationHeld(CASE, NOW, GIRL,
                           PersonalText.about(CASE, GIRL, "Het gaat beter.")));
        }

        @Test
        void the_closing_check_asks_for_the_follow_up_conversations() {
            CaseFile file = fileOf(reported(), interviewed, planned,
                    new AftercareConversationHeld(CASE, NOW, GIRL, null));
            assertThat(file.openRequiredSteps()).contains(ProtocolStep.AFTERCARE);

            file.apply(new AftercareConversationHeld(CASE, NOW, GIRL, null));
            assertThat(file.openRequiredSteps()).doesNotContain(ProtocolStep.AFTERCARE);
        }
    }
}
