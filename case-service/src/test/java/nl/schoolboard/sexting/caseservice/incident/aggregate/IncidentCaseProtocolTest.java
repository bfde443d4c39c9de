package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.command.BriefTeam;
import nl.schoolboard.sexting.caseservice.incident.command.ChangePersonRole;
import nl.schoolboard.sexting.caseservice.incident.command.CloseCase;
import nl.schoolboard.sexting.caseservice.incident.command.ContactPolice;
import nl.schoolboard.sexting.caseservice.incident.command.DecideOnAangifte;
import nl.schoolboard.sexting.caseservice.incident.command.ImposeSanction;
import nl.schoolboard.sexting.caseservice.incident.command.InformBoard;
import nl.schoolboard.sexting.caseservice.incident.command.InformGuardians;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewPerpetrator;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewVictim;
import nl.schoolboard.sexting.caseservice.incident.command.IssueDistributionBan;
import nl.schoolboard.sexting.caseservice.incident.command.LinkPerson;
import nl.schoolboard.sexting.caseservice.incident.command.MarkStepOverdue;
import nl.schoolboard.sexting.caseservice.incident.command.PreparePressStatement;
import nl.schoolboard.sexting.caseservice.incident.command.RecordEvidenceLocation;
import nl.schoolboard.sexting.caseservice.incident.command.RevokeCaseAccess;
import nl.schoolboard.sexting.caseservice.incident.command.ReopenCase;
import nl.schoolboard.sexting.caseservice.incident.command.ReportFurtherDistribution;
import nl.schoolboard.sexting.caseservice.incident.command.SkipStep;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteAnnounced;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteDecided;
import nl.schoolboard.sexting.caseservice.incident.event.BoardInformed;
import nl.schoolboard.sexting.caseservice.incident.event.ConfidentialInspectorConsulted;
import nl.schoolboard.sexting.caseservice.incident.event.CaseAccessGranted;
import nl.schoolboard.sexting.caseservice.incident.event.CaseAccessRevoked;
import nl.schoolboard.sexting.caseservice.incident.event.EvidenceSecured;
import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseReopened;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.DistributionBanIssued;
import nl.schoolboard.sexting.caseservice.incident.event.FurtherDistributionReported;
import nl.schoolboard.sexting.caseservice.incident.event.GuardiansInformed;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.event.PerpetratorInterviewed;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.event.PersonRoleChanged;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionImposed;
import nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue;
import nl.schoolboard.sexting.caseservice.incident.event.StepSkipped;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.GuardianFact;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.Values.BanScope;
import nl.schoolboard.sexting.caseservice.incident.model.Values.EvidenceLocation;
import nl.schoolboard.sexting.caseservice.incident.model.Values.ClassDiscussion;
import nl.schoolboard.sexting.caseservice.incident.model.Values.Outcome;
import nl.schoolboard.sexting.caseservice.incident.model.Values.PoliceDecision;
import nl.schoolboard.sexting.caseservice.incident.model.Values.SanctionKind;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import nl.schoolboard.sexting.caseservice.incident.refusal.IdempotencyKeyReused;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The protocol's rules for every step after the report, given/when/then. Each test names the rule it holds;
 * breaking the rule in {@link IncidentCase} makes it fail.
 */
class IncidentCaseProtocolTest extends CaseBehaviour {

    static final PersonRef VICTIM = new PersonRef("P-1");
    static final PersonRef SENDER = new PersonRef("P-2");
    static final PersonRef FORWARDER = new PersonRef("P-3");
    static final PersonRef TEACHER = new PersonRef("S-9");
    static final Reporter LEADER = new Reporter("user-1", "SCHOOL_LEADER");

    static IncidentReported reported(boolean minorNude, Instant cameToLightAt) {
        return A.report().withPupil(VICTIM.value(), PersonRole.VICTIM).withPupil(SENDER.value(), PersonRole.SENDER)
                .aboutAMinorNude(minorNude).cameToLightAt(cameToLightAt).fact();
    }

    static IncidentReported reported(boolean minorNude) {
        return reported(minorNude, EARLIER);
    }

    static DeadlinesSet deadlines(boolean minorNude, Instant from) {
        return new DeadlinesSet(CASE, from, DeadlinePolicy.defaults().dueTimes(from, minorNude));
    }

    static InterviewVictim interviewVictim(PersonRef who) {
        return new InterviewVictim(CASE, null, EARLIER, who, true, List.of("SCHOOL_LEADER", "CARE_COORDINATOR"),
                "afraid the photo spreads further", true, "ban on distribution, talk with the sender");
    }

    static ImposeSanction sanction(PersonRef who) {
        return new ImposeSanction(CASE, null, EARLIER, who, SanctionKind.SUSPENSION, LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 27), "forwarded the image");
    }

    @Test
    void no_step_before_the_report() {
        fixture.givenNoPriorActivity()
               .when(interviewVictim(VICTIM))
               .expectException(AggregateNotFoundException.class);
    }

    @Nested
    class PeopleAndRoles {

        @Test
        void linking_a_perpetrator_never_gives_them_the_victims_role_nor_changes_the_victim() {
            refused(fixture.given(reported(false), new PersonLinked(CASE, EARLIER, FORWARDER, PersonKind.PUPIL, PersonRole.FORWARDER))
                           .when(interviewVictim(FORWARDER)),
                    ProtocolViolation.class);
        }

        @Test
        void the_victim_keeps_their_role_when_a_perpetrator_is_linked() {
            fixture.given(reported(false), new PersonLinked(CASE, EARLIER, FORWARDER, PersonKind.PUPIL, PersonRole.FORWARDER))
                   .when(interviewVictim(VICTIM))
                   .expectEvents(new VictimInterviewed(CASE, EARLIER, VICTIM, true, List.of(ConversationRole.SCHOOL_LEADER, ConversationRole.CARE_COORDINATOR),
                           about(VICTIM, "afraid the photo spreads further"), true,
                           about(VICTIM, "ban on distribution, talk with the sender")),
                           // the first conversation with a victim plans the aftercare (VictimsVoiceTest)
                           DeadlinePolicy.defaults().aftercare(CASE, EARLIER, VICTIM),
                           DeadlinePolicy.defaults().aftercareDeadline(DeadlinePolicy.defaults().aftercare(CASE, EARLIER, VICTIM)));
        }

        @Test
        void a_role_change_is_kept_for_that_person_with_what_it_was() {
            fixture.given(reported(false))
                   .when(new ChangePersonRole(CASE, null, EARLIER, SENDER, PersonRole.BYSTANDER, "only received the image"))
                   .expectEvents(new PersonRoleChanged(CASE, EARLIER, SENDER, PersonRole.SENDER, PersonRole.BYSTANDER,
                           about(SENDER, "only received the image")));
        }

        @Test
        void someone_who_is_no_longer_a_perpetrator_gets_no_sanction() {
            refused(fixture.given(reported(false), new PersonRoleChanged(CASE, EARLIER, SENDER, PersonRole.SENDER,
                                   PersonRole.BYSTANDER, about(SENDER, "only received the image")))
                           .when(sanction(SENDER)),
                    ProtocolViolation.class);
        }

        @Test
        void a_person_is_linked_once() {
            fixture.given(reported(false))
                   .when(new LinkPerson(CASE, null, EARLIER, VICTIM, PersonKind.PUPIL, PersonRole.BYSTANDER))
                   .expectNoEvents()
                   .expectExceptionMessage(containsString("person-already-linked"));
        }

        @Test
        void a_pupil_cannot_have_the_staff_member_role() {
            fixture.given(reported(false))
                   .when(new LinkPerson(CASE, null, EARLIER, FORWARDER, PersonKind.PUPIL, PersonRole.STAFF_MEMBER))
                   .expectException(InvalidCommand.class)
                   .expectExceptionMessage(containsString("role"));
        }
    }

    @Nested
    class Sanctions {

        @Test
        void no_sanction_without_a_person_in_a_perpetrator_role() {
            refused(fixture.given(reported(false))
                           .when(sanction(VICTIM)),
                    ProtocolViolation.class, "not-a-perpetrator");
        }

        @Test
        void no_sanction_for_someone_who_is_not_in_the_case() {
            refused(fixture.given(reported(false))
                           .when(sanction(FORWARDER)),
                    InvalidCommand.class);
        }

        @Test
        void a_sender_is_sanctioned_with_kind_period_and_reason() {
            fixture.given(reported(false))
                   .when(sanction(SENDER))
                   .expectEvents(new SanctionImposed(CASE, EARLIER, SENDER, SanctionKind.SUSPENSION,
                           LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27), about(SENDER, "forwarded the image")));
        }

        @Test
        void a_sanction_cannot_end_before_it_starts() {
            fixture.given(reported(false))
                   .when(new ImposeSanction(CASE, null, EARLIER, SENDER, SanctionKind.DETENTION,
                           LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26), "late"))
                   .expectException(InvalidCommand.class)
                   .expectExceptionMessage(containsString("until"));
        }
    }

    @Nested
    class MinorNude {

        @Test
        void each_perpetrator_conversation_records_that_the_offence_was_explained() {
            refused(fixture.given(reported(true))
                           .when(new InterviewPerpetrator(CASE, null, EARLIER, SENDER, true, false, "denies")),
                    ProtocolViolation.class, "offence-must-be-explained");
        }

        @Test
        void a_perpetrator_conversation_with_the_offence_explained_is_recorded() {
            fixture.given(reported(true))
                   .when(new InterviewPerpetrator(CASE, null, EARLIER, SENDER, true, true, "understands"))
                   .expectEvents(new PerpetratorInterviewed(CASE, EARLIER, SENDER, true, true, true, about(SENDER, "understands")));
        }

        @Test
        void without_a_minor_nude_the_explanation_is_not_demanded() {
            fixture.given(reported(false))
                   .when(new InterviewPerpetrator(CASE, null, EARLIER, SENDER, false, false, null))
                   .expectEvents(new PerpetratorInterviewed(CASE, EARLIER, SENDER, true, false, false, null));
        }

        @Test
        void police_contact_cannot_be_skipped() {
            refused(fixture.given(reported(true))
                           .when(new SkipStep(CASE, null, EARLIER, ProtocolStep.POLICE_CONTACT, "parents do not want it")),
                    ProtocolViolation.class);
        }

        @Test
        void the_case_cannot_close_without_police_contact_even_with_a_reason() {
            Map<ProtocolStep, String> reasons = new EnumMap<>(ProtocolStep.class);
            for (ProtocolStep step : ProtocolStep.values()) {
                reasons.put(step, "decided otherwise");
            }
            fixture.given(reported(true))
                   .when(new CloseCase(CASE, null, NOW, Outcome.RESOLVED, "done", reasons))
                   .expectNoEvents()
                   .expectExceptionMessage(containsString("police-contact-before-closing"));
        }

        @Test
        void without_a_minor_nude_police_contact_is_not_required_to_close() {
            fixture.given(reported(false), victimInterviewed(), perpetratorInterviewed(), sanctioned(), banned(), briefed())
                   .when(new CloseCase(CASE, null, NOW, Outcome.RESOLVED, "handled within school", Map.of()))
                   .expectEvents(new CaseClosed(CASE, NOW, Outcome.RESOLVED, aboutCase("handled within school"), Map.of()));
        }
    }

    @Nested
    class StaffMemberInvolved {

        @Test
        void linking_a_staff_member_opens_no_track_by_itself() {
            fixture.given(reported(false))
                   .when(new LinkPerson(CASE, null, EARLIER, TEACHER, PersonKind.STAFF, PersonRole.FORWARDER))
                   .expectEvents(new PersonLinked(CASE, EARLIER, TEACHER, PersonKind.STAFF, PersonRole.FORWARDER));
        }

        @Test
        void the_pupil_sanction_step_does_not_apply_to_a_staff_member() {
            refused(fixture.given(reported(false), new PersonLinked(CASE, EARLIER, TEACHER, PersonKind.STAFF, PersonRole.FORWARDER),
                                   new ReportingDutyTrackOpened(CASE, EARLIER, TEACHER))
                           .when(sanction(TEACHER)),
                    ProtocolViolation.class, "staff-member-not-sanctioned-as-pupil");
        }

        @Test
        void the_reporting_duty_steps_are_recorded() {
            fixture.given(reported(false), new PersonLinked(CASE, EARLIER, TEACHER, PersonKind.STAFF, PersonRole.FORWARDER),
                           new ReportingDutyTrackOpened(CASE, EARLIER, TEACHER), new BoardInformed(CASE, EARLIER),
                           new ConfidentialInspectorConsulted(CASE, EARLIER), new AangifteAnnounced(CASE, EARLIER, true, true))
                   .when(new DecideOnAangifte(CASE, null, EARLIER, true, "image of a minor forwarded by staff"))
                   .expectEvents(new AangifteDecided(CASE, EARLIER, true, aboutCase("image of a minor forwarded by staff")));
        }

        @Test
        void the_reporting_duty_steps_do_not_apply_without_a_staff_member() {
            refused(fixture.given(reported(false))
                           .when(new InformBoard(CASE, null, EARLIER)),
                    ProtocolViolation.class);
        }

        @Test
        void closing_needs_the_reporting_duty_steps_or_reasons() {
            fixture.given(reported(false), victimInterviewed(), perpetratorInterviewed(), sanctioned(), banned(), briefed(),
                           new PersonLinked(CASE, EARLIER, TEACHER, PersonKind.STAFF, PersonRole.FORWARDER),
                           new ReportingDutyTrackOpened(CASE, EARLIER, TEACHER))
                   .when(new CloseCase(CASE, null, NOW, Outcome.RESOLVED, "done", Map.of()))
                   .expectNoEvents()
                   .expectException(ProtocolIncomplete.class)
                   .expectExceptionMessage(allOf(containsString("BOARD_INFORMED"), containsString("AANGIFTE_DECISION"),
                           containsString("PERPETRATOR_CONVERSATIONS")));
        }
    }

    @Nested
    class Closing {

        @Test
        void closing_with_open_required_steps_names_each_of_them() {
            fixture.given(reported(false))
                   .when(new CloseCase(CASE, null, NOW, Outcome.RESOLVED, "done", Map.of(ProtocolStep.TEAM_BRIEFING, "small school")))
                   .expectNoEvents()
                   .expectException(ProtocolIncomplete.class)
                   .expectExceptionMessage(allOf(containsString("VICTIM_CONVERSATION"), containsString("SANCTIONS"),
                           containsString("DISTRIBUTION_BAN"), not(containsString("TEAM_BRIEFING")),
                           not(containsString("POLICE_CONTACT"))));
        }

        @Test
        void closing_with_a_reason_for_each_open_step_keeps_the_reasons() {
            Map<ProtocolStep, String> reasons = Map.of(
                    ProtocolStep.PERPETRATOR_CONVERSATIONS, "sender left the school",
                    ProtocolStep.SANCTIONS, "sender left the school",
                    ProtocolStep.DISTRIBUTION_BAN, "image was never shared further",
                    ProtocolStep.TEAM_BRIEFING, "victim asked for discretion");
            fixture.given(reported(false), victimInterviewed())
                   .when(new CloseCase(CASE, null, NOW, Outcome.NO_FURTHER_ACTION, "evaluated with the team", reasons))
                   .expectEvents(new CaseClosed(CASE, NOW, Outcome.NO_FURTHER_ACTION, aboutCase("evaluated with the team"),
                           asTexts(reasons)));
        }

        @Test
        void a_blank_reason_is_no_reason() {
            fixture.given(reported(false), victimInterviewed(), perpetratorInterviewed(), sanctioned(), banned())
                   .when(new CloseCase(CASE, null, NOW, Outcome.RESOLVED, "done", Map.of(ProtocolStep.TEAM_BRIEFING, "  ")))
                   .expectException(ProtocolIncomplete.class);
        }

        @Test
        void a_decision_not_to_act_is_recorded_with_its_reason_and_counts_at_closing() {
            fixture.given(reported(false), victimInterviewed(), perpetratorInterviewed(), sanctioned(), banned(),
                           new StepSkipped(CASE, EARLIER, ProtocolStep.TEAM_BRIEFING, aboutCase("victim asked for discretion")))
                   .when(new CloseCase(CASE, null, NOW, Outcome.RESOLVED, "done", Map.of()))
                   .expectEvents(new CaseClosed(CASE, NOW, Outcome.RESOLVED, aboutCase("done"), Map.of()));
        }

        @Test
        void a_decision_not_to_act_without_a_reason_is_refused() {
            refused(fixture.given(reported(false))
                           .when(new SkipStep(CASE, null, EARLIER, ProtocolStep.TEAM_BRIEFING, " ")),
                    InvalidCommand.class, "reason");
        }

        @Test
        void a_closed_case_takes_no_steps_until_it_is_reopened() {
            fixture.given(reported(false), closed())
                   .when(interviewVictim(VICTIM))
                   .expectNoEvents()
                   .expectExceptionMessage(containsString("case-closed"));
        }

        @Test
        void a_reopened_case_takes_steps_again() {
            fixture.given(reported(false), closed(), new CaseReopened(CASE, NOW, aboutCase("sender shared it again")))
                   .when(new ReportFurtherDistribution(CASE, null, NOW, SENDER, "shared in a new group"))
                   .expectEvents(new FurtherDistributionReported(CASE, NOW, SENDER, about(SENDER, "shared in a new group")));
        }

        @Test
        void only_a_closed_case_is_reopened() {
            refused(fixture.given(reported(false))
                           .when(new ReopenCase(CASE, null, NOW, "why not")),
                    ProtocolViolation.class);
        }
    }

    @Nested
    class WhenThingsHappened {

        @Test
        void a_fact_may_lie_in_the_past() {
            Instant lastWeek = NOW.minus(Duration.ofDays(7));
            fixture.given(reported(false, lastWeek))
                   .when(new IssueDistributionBan(CASE, null, lastWeek, BanScope.SCHOOL, true))
                   .expectEvents(new DistributionBanIssued(CASE, lastWeek, BanScope.SCHOOL, true));
        }

        @Test
        void a_fact_never_lies_in_the_future() {
            refused(fixture.given(reported(false))
                           .when(new IssueDistributionBan(CASE, null, NOW.plusSeconds(3600), BanScope.SCHOOL, true)),
                    InvalidCommand.class, "occurredAt");
        }

        @Test
        void every_fact_says_when_it_happened() {
            fixture.given(reported(false))
                   .when(new IssueDistributionBan(CASE, null, null, BanScope.SCHOOL, true))
                   .expectException(InvalidCommand.class)
                   .expectExceptionMessage(containsString("occurredAt"));
        }
    }

    @Nested
    class Deadlines {

        final Instant lastWeek = NOW.minus(Duration.ofDays(7));

        @Test
        void a_step_past_its_due_time_becomes_overdue() {
            fixture.given(reported(true, lastWeek), deadlines(true, lastWeek))
                   .when(new MarkStepOverdue(CASE, ProtocolStep.VICTIM_CONVERSATION))
                   .expectEvents(new StepBecameOverdue(CASE, ProtocolStep.VICTIM_CONVERSATION,
                           DeadlinePolicy.defaults().dueTimes(lastWeek, true).get(ProtocolStep.VICTIM_CONVERSATION)));
        }

        /** A step that is not (or no longer) to be reported overdue, with the case's history that makes it so. */
        record NotOverdue(ProtocolStep step, List<Object> history) {
        }

        static Stream<Named<NotOverdue>> stepsNotOverdue() {
            Instant lastWeek = NOW.minus(Duration.ofDays(7));
            Instant due = DeadlinePolicy.defaults().dueTimes(lastWeek, true).get(ProtocolStep.VICTIM_CONVERSATION);
            return Stream.of(
                    Named.of("an overdue step is reported exactly once", new NotOverdue(ProtocolStep.VICTIM_CONVERSATION,
                            List.of(reported(true, lastWeek), deadlines(true, lastWeek),
                                    new StepBecameOverdue(CASE, ProtocolStep.VICTIM_CONVERSATION, due)))),
                    Named.of("a step not yet due is not overdue", new NotOverdue(ProtocolStep.TEAM_BRIEFING,
                            List.of(reported(true, NOW), deadlines(true, NOW)))),
                    Named.of("a step taken, in time or late, is not overdue", new NotOverdue(
                            ProtocolStep.VICTIM_CONVERSATION,
                            List.of(reported(true, lastWeek), deadlines(true, lastWeek), victimInterviewed()))),
                    Named.of("police contact is only due when it is mandatory", new NotOverdue(ProtocolStep.POLICE_CONTACT,
                            List.of(reported(false, lastWeek), deadlines(false, lastWeek)))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("stepsNotOverdue")
        void no_overdue_report(NotOverdue the) {
            fixture.given(the.history())
                   .when(new MarkStepOverdue(CASE, the.step()))
                   .expectNoEvents();
        }

        @Test
        void the_default_deadlines_count_school_days() {
            Instant friday = Instant.parse("2026-11-20T09:00:00Z");
            Map<ProtocolStep, Instant> due = DeadlinePolicy.defaults().dueTimes(friday, true);
            org.assertj.core.api.Assertions.assertThat(due).containsEntry(ProtocolStep.VICTIM_CONVERSATION,
                    Instant.parse("2026-11-23T09:00:00Z")).containsEntry(ProtocolStep.TEAM_BRIEFING,
                    Instant.parse("2026-11-24T09:00:00Z"));
        }
    }

    @Nested
    class ConcurrencyAndRetries {

        /** The report, then a class-wide ban sent with an idempotency key: a command the case has already taken. */
        Object[] aClassBanSentWithKey(String key) {
            return new Object[]{
                    A.report().withPupil(VICTIM.value(), PersonRole.VICTIM).aboutAMinorNude(false).cameToLightAt(EARLIER)
                            .command(),
                    GenericCommandMessage.asCommandMessage(
                            new IssueDistributionBan(CASE, null, EARLIER, BanScope.CLASS, false)).andMetaData(withKey(key))};
        }

        Map<String, String> withKey(String idempotencyKey) {
            return Map.of(IncidentCase.IDEMPOTENCY_KEY, idempotencyKey);
        }

        @Test
        void a_stale_expected_version_is_refused() {
            refused(fixture.given(reported(false), deadlines(false, EARLIER), victimInterviewed())
                           .when(new IssueDistributionBan(CASE, 1L, EARLIER, BanScope.CLASS, false)),
                    ConflictingAggregateVersionException.class);
        }

        @Test
        void the_current_expected_version_is_accepted() {
            fixture.given(reported(false), deadlines(false, EARLIER), victimInterviewed())
                   .when(new IssueDistributionBan(CASE, 2L, EARLIER, BanScope.CLASS, false))
                   .expectEvents(new DistributionBanIssued(CASE, EARLIER, BanScope.CLASS, false))
                   .expectResultMessagePayload(3L);
        }

        @Test
        void a_command_retried_with_the_same_idempotency_key_is_applied_once() {
            fixture.givenCommands(aClassBanSentWithKey("ban-1"))
                   .when(new IssueDistributionBan(CASE, null, EARLIER, BanScope.CLASS, false), withKey("ban-1"))
                   .expectNoEvents()
                   .expectResultMessagePayload(2L);
        }

        @Test
        void another_idempotency_key_is_another_command() {
            fixture.givenCommands(aClassBanSentWithKey("ban-1"))
                   .when(new IssueDistributionBan(CASE, null, EARLIER, BanScope.SCHOOL, false), withKey("ban-2"))
                   .expectEvents(new DistributionBanIssued(CASE, EARLIER, BanScope.SCHOOL, false));
        }

        @Test
        void a_known_idempotency_key_with_a_different_command_for_the_same_step_is_refused() {
            refused(fixture.givenCommands(aClassBanSentWithKey("ban-1"))
                           .when(new IssueDistributionBan(CASE, null, EARLIER, BanScope.SCHOOL, false), withKey("ban-1")),
                    IdempotencyKeyReused.class);
        }

        @Test
        void the_same_idempotency_key_on_another_step_is_another_command() {
            fixture.givenCommands(aClassBanSentWithKey("key-1"))
                   .when(new RecordEvidenceLocation(CASE, null, EARLIER, EvidenceLocation.WITH_POLICE),
                           withKey("key-1"))
                   .expectEvents(new EvidenceSecured(CASE, EARLIER, EvidenceLocation.WITH_POLICE));
        }

        @Test
        void a_key_stored_before_keys_had_a_step_and_a_fingerprint_still_makes_any_repeat_change_nothing() {
            fixture.given(reported(false), deadlines(false, EARLIER))
                   .andGiven(new org.axonframework.eventhandling.GenericEventMessage<>(
                           new DistributionBanIssued(CASE, EARLIER, BanScope.CLASS, false),
                           withKey("old-key")))
                   .when(new IssueDistributionBan(CASE, null, EARLIER, BanScope.SCHOOL, false), withKey("old-key"))
                   .expectNoEvents()
                   .expectResultMessagePayload(2L);
        }
    }

    @Nested
    class AccessGrants {

        private final PersonRef careWorker = new PersonRef("care-worker-7");

        @Test
        void granted_access_can_be_revoked() {
            fixture.given(reported(false), new CaseAccessGranted(CASE, EARLIER, careWorker, NOW.plus(Duration.ofDays(7))))
                   .when(new RevokeCaseAccess(CASE, null, EARLIER, careWorker))
                   .expectEvents(new CaseAccessRevoked(CASE, EARLIER, careWorker));
        }

        @Test
        void revoking_access_nobody_holds_changes_nothing() {
            fixture.given(reported(false), new CaseAccessGranted(CASE, EARLIER, careWorker, NOW.plus(Duration.ofDays(7))),
                           new CaseAccessRevoked(CASE, EARLIER, careWorker))
                   .when(new RevokeCaseAccess(CASE, null, EARLIER, careWorker))
                   .expectNoEvents()
                   .expectResultMessagePayload(2L);
        }
    }

    @Nested
    class OnlyCodesAndReferences {

        @Test
        void a_role_in_words_is_refused_before_anything_is_recorded() {
            refused(fixture.given(reported(true))
                           .when(new ContactPolice(CASE, null, EARLIER, PoliceDecision.MELDING, "mevrouw De Vries", null, ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED)),
                    InvalidCommand.class, "decidedByRole");
        }

        @Test
        void other_is_not_a_role_a_command_may_choose() {
            refused(fixture.given(reported(false))
                           .when(new PreparePressStatement(CASE, null, EARLIER, "De school heeft maatregelen genomen.", "OTHER")),
                    InvalidCommand.class, "approvedByRole");
        }

        @Test
        void a_reference_without_a_number_is_a_name_and_refused() {
            refused(fixture.given(reported(false))
                           .when(new LinkPerson(CASE, null, EARLIER, new PersonRef("Jan-de-Vries"), PersonKind.PUPIL,
                                   PersonRole.BYSTANDER)),
                    InvalidCommand.class, "person");
        }
    }

    @Nested
    class NoImagesNoNames {

        @Test
        void text_carrying_image_data_is_refused_with_the_reason_why() {
            refused(fixture.given(reported(false))
                           .when(new InterviewPerpetrator(CASE, null, EARLIER, SENDER, true, true,
                                   "see data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ")),
                    InvalidCommand.class, "notes");
        }

        @Test
        void a_press_statement_never_points_at_a_pupil() {
            refused(fixture.given(reported(false))
                           .when(new PreparePressStatement(CASE, null, EARLIER, "Pupil P-2 has been suspended.", "SCHOOL_LEADER")),
                    InvalidCommand.class);
        }

        @Test
        void a_team_briefing_shares_names_only_when_the_leader_chose_to() {
            refused(fixture.given(reported(false))
                           .when(new BriefTeam(CASE, null, EARLIER, List.of(TEACHER), "P-1 was targeted", false,
                                   ClassDiscussion.NOT_DISCUSSED, null, DiscussionWish.AGREES, DiscussionWish.NOT_ASKED, null)),
                    InvalidCommand.class);
        }

        @Test
        void a_team_briefing_records_what_was_shared_and_the_class_discussion() {
            fixture.given(reported(false))
                   .when(new BriefTeam(CASE, null, EARLIER, List.of(TEACHER), "An incident in year 3; measures are taken.",
                           false, ClassDiscussion.MENTOR_CONVERSATION, TEACHER, DiscussionWish.AGREES, DiscussionWish.NOT_ASKED, null))
                   .expectEvents(new TeamBriefed(CASE, EARLIER, List.of(TEACHER),
                           aboutCase("An incident in year 3; measures are taken."), false, ClassDiscussion.MENTOR_CONVERSATION, TEACHER, DiscussionWish.AGREES, DiscussionWish.NOT_ASKED, null));
        }

        @Test
        void the_evidence_is_with_the_victim_or_the_police() {
            fixture.given(reported(true))
                   .when(new RecordEvidenceLocation(CASE, null, EARLIER, null))
                   .expectException(InvalidCommand.class)
                   .expectExceptionMessage(containsString("location"));
        }
    }

    @Nested
    class Guardians {

        @Test
        void a_perpetrators_parents_hear_of_the_sanction() {
            fixture.given(reported(false), sanctioned())
                   .when(new InformGuardians(CASE, null, EARLIER, SENDER, GuardianFact.SANCTION_IMPOSED))
                   .expectEvents(new GuardiansInformed(CASE, EARLIER, SENDER, GuardianFact.SANCTION_IMPOSED));
        }

        @Test
        void a_victims_parents_are_not_told_of_a_sanction_as_if_their_child_had_one() {
            refused(fixture.given(reported(false))
                           .when(new InformGuardians(CASE, null, EARLIER, VICTIM, GuardianFact.SANCTION_IMPOSED)),
                    ProtocolViolation.class);
        }

        @Test
        void the_police_contact_records_the_decision() {
            fixture.given(reported(true))
                   .when(new ContactPolice(CASE, null, EARLIER, PoliceDecision.MELDING, "SCHOOL_LEADER", "PL0900-2026-123", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED))
                   .expectEvents(new PoliceContacted(CASE, EARLIER, PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PL0900-2026-123", ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED));
        }
    }

    static VictimInterviewed victimInterviewed() {
        return new VictimInterviewed(CASE, EARLIER, VICTIM, true, List.of(), about(VICTIM, "worried"), true, about(VICTIM, "ban"));
    }

    static PerpetratorInterviewed perpetratorInterviewed() {
        return new PerpetratorInterviewed(CASE, EARLIER, SENDER, true, true, true, null);
    }

    static SanctionImposed sanctioned() {
        return new SanctionImposed(CASE, EARLIER, SENDER, SanctionKind.WARNING, null, null, about(SENDER, "first time"));
    }

    static DistributionBanIssued banned() {
        return new DistributionBanIssued(CASE, EARLIER, BanScope.SCHOOL, true);
    }

    static TeamBriefed briefed() {
        return new TeamBriefed(CASE, EARLIER, List.of(TEACHER), aboutCase("An incident; measures taken."), false,
                ClassDiscussion.NOT_DISCUSSED, null, DiscussionWish.AGREES, DiscussionWish.NOT_ASKED, null);
    }

    static CaseClosed closed() {
        return new CaseClosed(CASE, EARLIER, Outcome.RESOLVED, aboutCase("done"),
                Map.of(ProtocolStep.VICTIM_CONVERSATION, aboutCase("x")));
    }

    static PersonalText about(PersonRef person, String text) {
        return PersonalText.about(CASE, person, text);
    }

    static PersonalText aboutCase(String text) {
        return PersonalText.aboutCase(CASE, text);
    }

    static Map<ProtocolStep, PersonalText> asTexts(Map<ProtocolStep, String> reasons) {
        Map<ProtocolStep, PersonalText> texts = new EnumMap<>(ProtocolStep.class);
        reasons.forEach((step, reason) -> texts.put(step, aboutCase(reason)));
        return texts;
    }
}
