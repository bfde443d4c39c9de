package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.command.AnnounceAangifte;
import nl.schoolboard.sexting.caseservice.incident.command.CloseCase;
import nl.schoolboard.sexting.caseservice.incident.command.ConsultConfidentialInspector;
import nl.schoolboard.sexting.caseservice.incident.command.DecideOnAangifte;
import nl.schoolboard.sexting.caseservice.incident.command.DecideOnAssessment;
import nl.schoolboard.sexting.caseservice.incident.command.GiveSextortionAdvice;
import nl.schoolboard.sexting.caseservice.incident.command.ImposeSanction;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewPerpetrator;
import nl.schoolboard.sexting.caseservice.incident.command.RecordPersonFacts;
import nl.schoolboard.sexting.caseservice.incident.command.RecordSanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.command.SkipStep;
import nl.schoolboard.sexting.caseservice.incident.command.TakeMeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.event.MeldcodeStepTaken;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeDecision;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.event.AssessmentDecided;
import nl.schoolboard.sexting.caseservice.incident.event.BoardInformed;
import nl.schoolboard.sexting.caseservice.incident.event.ConfidentialInspectorConsulted;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionFormalityRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionImposed;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.Affiliation;
import nl.schoolboard.sexting.caseservice.incident.people.Finding;
import nl.schoolboard.sexting.caseservice.incident.people.HelpSite;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFinding;
import nl.schoolboard.sexting.caseservice.incident.people.PoliceGround;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.people.Sector;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people as facts, the assessment the school leader decides from them and the tracks it opens, given/when/then.
 * Each test names the rule it holds (docs/protocol-api.md lists them).
 */
class PeopleAndTracksTest extends CaseBehaviour {

    static final PersonRef GIRL = new PersonRef("P-1");
    static final PersonRef FORWARDER = new PersonRef("P-2");
    static final PersonRef EXTORTER = new PersonRef("X-1");
    static final PersonRef TEACHER = new PersonRef("S-9");

    static PersonFacts facts(Affiliation who, Integer age, Act... acts) {
        return new PersonFacts(Set.of(acts), null, null, List.of(), age, null, who, Sector.VO);
    }

    /** She made a picture of herself and sent it, of her own free will, to a peer. */
    static PersonFacts selfieSentVoluntarily() {
        return new PersonFacts(Set.of(Act.PICTURED, Act.MADE_IMAGE, Act.SHARED), true, true, List.of(FORWARDER), 15, null,
                Affiliation.PUPIL_OF_THIS_SCHOOL, Sector.VO);
    }

    static PersonFactsRecorded recorded(PersonRef person, PersonFacts facts) {
        return new PersonFactsRecorded(CASE, EARLIER, person, facts, null);
    }

    /** The old labels: she was entered as the one who sent it. */
    static Object forwardedSelfieCase() {
        return A.report().withPupil(GIRL.value(), PersonRole.SENDER).withPupil(FORWARDER.value(), PersonRole.FORWARDER)
                .aboutAMinorNude(true).cameToLightAt(EARLIER).fact();
    }

    static AssessmentDecided forwardedSelfieAssessed() {
        List<PersonFinding> found = List.of(new PersonFinding(GIRL, Set.of(Finding.VICTIM, Finding.WITHIN_PEER_EXCEPTION)),
                new PersonFinding(FORWARDER, Set.of(Finding.SUSPECTED)));
        return new AssessmentDecided(CASE, EARLIER, found, found, Set.of(PoliceGround.DISTRIBUTION), false, null);
    }

    static DecideOnAssessment asProposed() {
        return new DecideOnAssessment(CASE, null, EARLIER, List.of(), false, null);
    }

    @Nested
    class PeopleAsFacts {

        @Test
        void a_pupil_whose_own_selfie_was_forwarded_is_a_victim_and_the_forwarder_is_suspected() {
            fixture.given(forwardedSelfieCase(), recorded(GIRL, selfieSentVoluntarily()),
                           recorded(FORWARDER, facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 15, Act.RECEIVED, Act.FORWARDED)))
                   .when(asProposed())
                   .expectEvents(forwardedSelfieAssessed());
        }

        @Test
        void a_victim_gets_no_offence_conversation() {
            refused(fixture.given(forwardedSelfieCase(), recorded(GIRL, selfieSentVoluntarily()), forwardedSelfieAssessed())
                           .when(new InterviewPerpetrator(CASE, null, EARLIER, GIRL, true, true, "notes")),
                    ProtocolViolation.class, "not-a-perpetrator");
        }

        @Test
        void a_victim_gets_no_sanction() {
            refused(fixture.given(forwardedSelfieCase(), recorded(GIRL, selfieSentVoluntarily()), forwardedSelfieAssessed())
                           .when(new ImposeSanction(CASE, null, EARLIER, GIRL, Values.SanctionKind.WARNING, null, null, "x")),
                    ProtocolViolation.class, "not-a-perpetrator");
        }

        @Test
        void the_sanction_step_asks_only_for_the_suspected() {
            CaseFile file = new CaseFile();
            file.apply((nl.schoolboard.sexting.caseservice.incident.event.CaseFact) forwardedSelfieCase());
            file.apply(recorded(GIRL, selfieSentVoluntarily()));
            file.apply(forwardedSelfieAssessed());

            assertThat(file.perpetrators(true)).extracting(CaseFile.Person::ref).containsExactly(FORWARDER);
        }

        @Test
        void the_school_leader_deviates_from_the_proposal_only_with_a_reason() {
            refused(fixture.given(forwardedSelfieCase(), recorded(GIRL, selfieSentVoluntarily()),
                                   recorded(FORWARDER, facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 15, Act.RECEIVED, Act.FORWARDED)))
                           .when(new DecideOnAssessment(CASE, null, EARLIER,
                                   List.of(new PersonFinding(FORWARDER, Set.of())), false, null)),
                    ProtocolViolation.class, "assessment-deviation-needs-reason");
        }

        @Test
        void facts_that_change_say_why() {
            refused(fixture.given(forwardedSelfieCase(), recorded(GIRL, selfieSentVoluntarily()))
                           .when(new RecordPersonFacts(CASE, null, EARLIER, GIRL,
                                   facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 15, Act.PICTURED), null)),
                    ProtocolViolation.class, "facts-change-reason-missing");
        }

        @Test
        void between_peers_of_more_than_five_years_apart_the_older_one_is_suspected() {
            fixture.given(forwardedSelfieCase(),
                           recorded(GIRL, new PersonFacts(Set.of(Act.PICTURED, Act.MADE_IMAGE, Act.SHARED), true, true,
                                   List.of(FORWARDER), 13, null, Affiliation.PUPIL_OF_THIS_SCHOOL, Sector.VO)),
                           recorded(FORWARDER, facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 19, Act.RECEIVED)))
                   .when(asProposed())
                   .expectEvents(new AssessmentDecided(CASE, EARLIER,
                           List.of(new PersonFinding(GIRL, Set.of(Finding.VICTIM)),
                                   new PersonFinding(FORWARDER, Set.of(Finding.SUSPECTED))),
                           List.of(new PersonFinding(GIRL, Set.of(Finding.VICTIM)),
                                   new PersonFinding(FORWARDER, Set.of(Finding.SUSPECTED))),
                           Set.of(PoliceGround.AGE_RULES), false, null));
        }
    }

    @Nested
    class Sextortion {

        final Object linked = new PersonLinked(CASE, EARLIER, EXTORTER, PersonKind.OUTSIDER, PersonRole.SENDER);

        Object reported() {
            return A.report().withPupil(GIRL.value(), PersonRole.VICTIM).aboutAMinorNude(true).cameToLightAt(EARLIER).fact();
        }

        @Test
        void an_adult_outsider_extorting_a_pupil_opens_the_sextortion_track_with_police_due_within_hours() {
            List<PersonFinding> found = List.of(new PersonFinding(GIRL, Set.of(Finding.VICTIM)),
                    new PersonFinding(EXTORTER, Set.of(Finding.SUSPECTED)));
            Map<ProtocolStep, Instant> due = new EnumMap<>(ProtocolStep.class);
            due.put(ProtocolStep.POLICE_CONTACT, EARLIER.plus(Duration.ofHours(4)));
            fixture.given(reported(), linked, recorded(GIRL, facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 14, Act.PICTURED)),
                           recorded(EXTORTER, facts(Affiliation.ADULT_OUTSIDER, 31, Act.RECEIVED, Act.THREATENED_OR_EXTORTED)))
                   .when(asProposed())
                   .expectEvents(new AssessmentDecided(CASE, EARLIER, found, found,
                                   Set.of(PoliceGround.EXTORTION, PoliceGround.ADULT_INVOLVED), false, null),
                           new SextortionTrackOpened(CASE, EARLIER), new DeadlinesSet(CASE, EARLIER, due));
        }

        @Test
        void the_sextortion_advice_keeps_the_evidence_with_the_victim_and_names_help_sites() {
            refused(fixture.given(reported(), new SextortionTrackOpened(CASE, EARLIER))
                           .when(new GiveSextortionAdvice(CASE, null, EARLIER, false, true, Set.of())),
                    InvalidCommand.class, "evidenceKeptWithVictim");
        }

        @Test
        void the_sextortion_advice_is_for_the_sextortion_track() {
            refused(fixture.given(reported())
                           .when(new GiveSextortionAdvice(CASE, null, EARLIER, true, true, Set.of(HelpSite.HELPWANTED))),
                    ProtocolViolation.class, "not-on-sextortion-track");
        }

        @Test
        void on_the_sextortion_track_police_contact_cannot_be_skipped() {
            refused(fixture.given(A.report().withPupil(GIRL.value(), PersonRole.VICTIM).aboutAMinorNude(false)
                                           .cameToLightAt(EARLIER).fact(), linked,
                                   new AssessmentDecided(CASE, EARLIER, List.of(), List.of(new PersonFinding(EXTORTER,
                                           Set.of(Finding.SUSPECTED))), Set.of(PoliceGround.EXTORTION), false, null),
                                   new SextortionTrackOpened(CASE, EARLIER))
                           .when(new SkipStep(CASE, null, EARLIER, ProtocolStep.POLICE_CONTACT, "reden")),
                    ProtocolViolation.class, "police-contact-cannot-be-skipped");
        }
    }

    @Nested
    class StaffSuspected {

        Object reported() {
            return A.report().withPupil(GIRL.value(), PersonRole.VICTIM).aboutAMinorNude(false).cameToLightAt(EARLIER).fact();
        }

        final Object teacherLinked = new PersonLinked(CASE, EARLIER, TEACHER, PersonKind.STAFF, PersonRole.STAFF_MEMBER);
        final Object trackOpened = new ReportingDutyTrackOpened(CASE, EARLIER, TEACHER);

        @Test
        void a_teacher_who_only_reported_opens_no_staff_track() {
            List<PersonFinding> found = List.of(new PersonFinding(GIRL, Set.of()), new PersonFinding(TEACHER, Set.of()));
            fixture.given(reported(), teacherLinked, recorded(GIRL, facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 14, Act.PICTURED)),
                           recorded(TEACHER, facts(Affiliation.STAFF, 45, Act.SAW, Act.REPORTED)))
                   .when(asProposed())
                   .expectEvents(new AssessmentDecided(CASE, EARLIER, found, found, Set.of(), false, null));
        }

        @Test
        void a_teacher_suspected_opens_the_boards_track_with_its_steps_due_within_hours() {
            List<PersonFinding> found = List.of(new PersonFinding(GIRL, Set.of(Finding.VICTIM)),
                    new PersonFinding(TEACHER, Set.of(Finding.SUSPECTED)));
            Map<ProtocolStep, Instant> due = new EnumMap<>(ProtocolStep.class);
            DeadlinePolicy.defaultAtOnce().forEach((step, hours) -> {
                if (step.isReportingDutyTrack()) {
                    due.put(step, EARLIER.plus(hours));
                }
            });
            fixture.given(reported(), teacherLinked, recorded(GIRL, facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 14, Act.PICTURED)),
                           recorded(TEACHER, facts(Affiliation.STAFF, 45, Act.ASKED_OR_PRESSURED, Act.RECEIVED)))
                   .when(asProposed())
                   .expectEvents(new AssessmentDecided(CASE, EARLIER, found, found,
                                   Set.of(PoliceGround.COERCION, PoliceGround.ADULT_INVOLVED), false, null),
                           trackOpened, new DeadlinesSet(CASE, EARLIER, due));
        }

        /** A step of the board's track taken too early: the steps taken before it, the step, the rule it breaks. */
        record TooEarly(List<Object> takenBefore, Object step, String rule) {
        }

        static Stream<Named<TooEarly>> stepsTakenTooEarly() {
            Object boardInformed = new BoardInformed(CASE, EARLIER);
            Object inspectorConsulted = new ConfidentialInspectorConsulted(CASE, EARLIER);
            return Stream.of(
                    Named.of("the inspector is consulted after the board is informed", new TooEarly(List.of(),
                            new ConsultConfidentialInspector(CASE, null, EARLIER), "board-not-yet-informed")),
                    Named.of("aangifte is decided after the inspector is consulted", new TooEarly(List.of(boardInformed),
                            new DecideOnAangifte(CASE, null, EARLIER, false, "no reasonable suspicion"),
                            "inspector-not-yet-consulted")),
                    Named.of("aangifte is filed only after the staff member and the parents are told", new TooEarly(
                            List.of(boardInformed, inspectorConsulted),
                            new DecideOnAangifte(CASE, null, EARLIER, true, "reasonable suspicion"), "aangifte-not-announced")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("stepsTakenTooEarly")
        void the_boards_track_goes_in_order(TooEarly the) {
            List<Object> history = new ArrayList<>(List.of(reported(), teacherLinked, trackOpened));
            history.addAll(the.takenBefore());
            refused(fixture.given(history).when(the.step()), ProtocolViolation.class, the.rule());
        }

        @Test
        void the_staff_member_and_the_parents_are_both_told() {
            refused(fixture.given(reported(), teacherLinked, trackOpened, new BoardInformed(CASE, EARLIER),
                                   new ConfidentialInspectorConsulted(CASE, EARLIER))
                           .when(new AnnounceAangifte(CASE, null, EARLIER, true, false)),
                    InvalidCommand.class, "parentsTold");
        }
    }

    @Nested
    class SuspensionFormalities {

        final SanctionImposed suspendedForThreeDays = new SanctionImposed(CASE, EARLIER, FORWARDER,
                Values.SanctionKind.SUSPENSION, LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-25"), null);

        Object[] suspendedInVo(Object... more) {
            List<Object> given = new java.util.ArrayList<>(List.of(
                    A.report().withPupil(GIRL.value(), PersonRole.VICTIM).withPupil(FORWARDER.value(), PersonRole.FORWARDER)
                            .aboutAMinorNude(false).cameToLightAt(EARLIER).fact(),
                    recorded(FORWARDER, facts(Affiliation.PUPIL_OF_THIS_SCHOOL, 15, Act.FORWARDED)),
                    suspendedForThreeDays));
            given.addAll(Arrays.asList(more));
            return given.toArray();
        }

        Map<ProtocolStep, String> reasonsForEveryOtherStep() {
            Map<ProtocolStep, String> reasons = new EnumMap<>(ProtocolStep.class);
            for (ProtocolStep step : ProtocolStep.values()) {
                reasons.put(step, "not needed in this test");
            }
            return reasons;
        }

        @Test
        void a_three_day_suspension_in_vo_waits_for_the_letter_and_the_inspectie_before_the_case_closes() {
            refused(fixture.given(suspendedInVo(new SanctionFormalityRecorded(CASE, EARLIER, FORWARDER,
                                   SanctionFormality.DECISION_LETTER_SENT)))
                           .when(new CloseCase(CASE, null, NOW, Values.Outcome.RESOLVED, "done", reasonsForEveryOtherStep())),
                    ProtocolViolation.class, "suspension-formalities-missing");
        }

        @Test
        void with_the_letter_and_the_inspectie_report_the_case_closes() {
            fixture.given(suspendedInVo(
                           new SanctionFormalityRecorded(CASE, EARLIER, FORWARDER, SanctionFormality.DECISION_LETTER_SENT),
                           new SanctionFormalityRecorded(CASE, EARLIER, FORWARDER, SanctionFormality.INSPECTIE_NOTIFIED)))
                   .when(new CloseCase(CASE, null, NOW, Values.Outcome.RESOLVED, "done", reasonsForEveryOtherStep()))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_suspension_formalities_cannot_be_skipped() {
            refused(fixture.given(suspendedInVo())
                           .when(new SkipStep(CASE, null, EARLIER, ProtocolStep.SUSPENSION_FORMALITIES, "reden")),
                    ProtocolViolation.class, "suspension-formalities-cannot-be-skipped");
        }

        @Test
        void a_formality_is_recorded_for_a_suspended_pupil() {
            refused(fixture.given(suspendedInVo())
                           .when(new RecordSanctionFormality(CASE, null, EARLIER, GIRL, SanctionFormality.INSPECTIE_NOTIFIED)),
                    ProtocolViolation.class, "no-suspension");
        }
    }

    @Nested
    class Meldcode {

        Object reported() {
            return A.report().withPupil(GIRL.value(), PersonRole.VICTIM).aboutAMinorNude(false).cameToLightAt(EARLIER).fact();
        }

        final Object meldcodeApplies = new AssessmentDecided(CASE, EARLIER, List.of(), List.of(), Set.of(), true, null);

        TakeMeldcodeStep step(MeldcodeStep step, MeldcodeDecision decision) {
            return new TakeMeldcodeStep(CASE, null, EARLIER, step, "AANDACHTSFUNCTIONARIS", true, decision);
        }

        @Test
        void the_meldcode_applies_only_with_the_school_leaders_reason() {
            refused(fixture.given(reported())
                           .when(new DecideOnAssessment(CASE, null, EARLIER, List.of(), true, null)),
                    ProtocolViolation.class, "assessment-deviation-needs-reason");
        }

        @Test
        void the_meldcode_steps_are_for_a_case_where_it_applies() {
            refused(fixture.given(reported())
                           .when(step(MeldcodeStep.SIGNS_MAPPED, null)),
                    ProtocolViolation.class, "not-on-meldcode-track");
        }

        @Test
        void the_meldcode_steps_are_taken_in_order() {
            refused(fixture.given(reported(), meldcodeApplies,
                                   new MeldcodeStepTaken(CASE, EARLIER, MeldcodeStep.SIGNS_MAPPED, ConversationRole.AANDACHTSFUNCTIONARIS,
                                           false, null))
                           .when(step(MeldcodeStep.CONVERSATION_HELD, null)),
                    ProtocolViolation.class, "meldcode-step-out-of-order");
        }

        @Test
        void the_aandachtsfunctionaris_consults_veilig_thuis_and_the_step_is_recorded() {
            fixture.given(reported(), meldcodeApplies,
                           new MeldcodeStepTaken(CASE, EARLIER, MeldcodeStep.SIGNS_MAPPED, ConversationRole.AANDACHTSFUNCTIONARIS,
                                   false, null))
                   .when(step(MeldcodeStep.CONSULTED, null))
                   .expectEvents(new MeldcodeStepTaken(CASE, EARLIER, MeldcodeStep.CONSULTED,
                           ConversationRole.AANDACHTSFUNCTIONARIS, true, null));
        }

        @Test
        void the_last_meldcode_step_is_a_decision() {
            refused(fixture.given(reported(), meldcodeApplies)
                           .when(step(MeldcodeStep.DECIDED, null)),
                    InvalidCommand.class, "decision");
        }

        @Test
        void a_case_where_the_meldcode_applies_closes_only_after_its_decision() {
            CaseFile file = new CaseFile();
            file.apply((nl.schoolboard.sexting.caseservice.incident.event.CaseFact) reported());
            file.apply((nl.schoolboard.sexting.caseservice.incident.event.CaseFact) meldcodeApplies);
            assertThat(file.openRequiredSteps()).contains(ProtocolStep.MELDCODE);

            for (MeldcodeStep step : MeldcodeStep.values()) {
                file.apply(new MeldcodeStepTaken(CASE, EARLIER, step, ConversationRole.AANDACHTSFUNCTIONARIS, true,
                        step == MeldcodeStep.DECIDED ? MeldcodeDecision.REPORT_TO_VEILIG_THUIS : null));
            }
            assertThat(file.openRequiredSteps()).doesNotContain(ProtocolStep.MELDCODE);
        }
    }

    @Nested
    class SchoolDayDeadlines {

        @Test
        void a_deadline_set_on_the_last_school_day_before_the_christmas_holiday_falls_after_it() {
            Instant lastDayBeforeChristmas = Instant.parse("2025-12-19T09:00:00Z");
            var report = A.report().withPupil(GIRL.value(), PersonRole.VICTIM).cameToLightAt(lastDayBeforeChristmas);
            Map<ProtocolStep, Instant> due = new EnumMap<>(ProtocolStep.class);
            due.put(ProtocolStep.VICTIM_CONVERSATION, Instant.parse("2026-01-05T09:00:00Z"));
            due.put(ProtocolStep.POLICE_CONTACT, Instant.parse("2026-01-05T09:00:00Z"));
            due.put(ProtocolStep.TEAM_BRIEFING, Instant.parse("2026-01-06T09:00:00Z"));
            fixture.given()
                   .when(report.command())
                   .expectEvents(report.fact(), new DeadlinesSet(CASE, lastDayBeforeChristmas, due));
        }

        @Test
        void school_days_skip_the_holidays_of_the_boards_region() {
            var settings = new nl.schoolboard.sexting.caseservice.incident.deadline.DeadlineSettings();
            settings.getRegions().put("board-north", nl.schoolboard.sexting.platform.calendar.Region.NOORD);
            Instant fridayBeforeTheMiddlesSpringHoliday = Instant.parse("2026-02-13T09:00:00Z");

            assertThat(settings.forBoard(new nl.schoolboard.sexting.caseservice.incident.model.BoardId("board-north"))
                    .addSchoolDays(fridayBeforeTheMiddlesSpringHoliday, 1)).isEqualTo(Instant.parse("2026-02-16T09:00:00Z"));
            assertThat(settings.forBoard(new nl.schoolboard.sexting.caseservice.incident.model.BoardId("board-mid"))
                    .addSchoolDays(fridayBeforeTheMiddlesSpringHoliday, 1)).isEqualTo(Instant.parse("2026-02-23T09:00:00Z"));
        }
    }
}
