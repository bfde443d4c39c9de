package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.command.InformBoard;
import nl.schoolboard.sexting.caseservice.incident.command.ReopenCase;
import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.LegalHoldPlaced;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.GuardianFact;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Values.Outcome;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static nl.schoolboard.sexting.caseservice.incident.command.A.CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule of the protocol on its own: what it allows, and the code it refuses with. */
class ProtocolRulesTest {

    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    static final PersonRef VICTIM = new PersonRef("P-1");
    static final PersonRef SENDER = new PersonRef("P-2");
    static final PersonRef TEACHER = new PersonRef("S-9");

    /** A case with a victim and a sender, with or without a minor nude, and these facts after the report. */
    static CaseFile file(boolean minorNude, CaseFact... facts) {
        CaseFile file = new CaseFile();
        file.apply(A.report().withPupil("P-1", PersonRole.VICTIM).withPupil("P-2", PersonRole.SENDER).aboutAMinorNude(minorNude).fact());
        List.of(facts).forEach(file::apply);
        return file;
    }

    static CaseFact staffMemberLinked() {
        return new PersonLinked(CASE, AT, TEACHER, PersonKind.STAFF, PersonRole.FORWARDER);
    }

    static void refuses(ProtocolRule rule, CaseFile file, RuleCode code) {
        assertThatThrownBy(() -> rule.check(file)).isInstanceOfSatisfying(ProtocolViolation.class,
                v -> assertThat(v.code()).isEqualTo(code));
    }

    static void refusesField(ProtocolRule rule, CaseFile file, String field, RuleCode code) {
        assertThatThrownBy(() -> rule.check(file)).isInstanceOfSatisfying(InvalidCommand.class,
                v -> assertThat(v.violations()).isEqualTo(Map.of(field, code.violation())));
    }

    static void allows(ThrowingCallable check) {
        assertThatCode(check).doesNotThrowAnyException();
    }

    @Nested
    class CaseIsOpenTest {
        final CaseFile closed = file(false, new CaseClosed(CASE, AT, Outcome.RESOLVED, null, Map.of()));

        @Test
        void a_closed_case_takes_no_step_but_being_reopened() {
            refuses(new CaseIsOpen(new InformBoard(CASE, null, AT)), closed, RuleCode.CASE_CLOSED);
            allows(() -> new CaseIsOpen(new ReopenCase(CASE, null, AT, "shared again")).check(closed));
            allows(() -> new CaseIsOpen(new InformBoard(CASE, null, AT)).check(file(false)));
        }
    }

    @Nested
    class OnlyAClosedCaseReopensTest {
        @Test
        void an_open_case_is_not_reopened() {
            refuses(new OnlyAClosedCaseReopens(), file(false), RuleCode.CASE_NOT_CLOSED);
            allows(() -> new OnlyAClosedCaseReopens().check(file(false, new CaseClosed(CASE, AT, Outcome.RESOLVED, null, Map.of()))));
        }
    }

    @Nested
    class PeopleTest {
        @Test
        void a_step_about_a_person_needs_them_in_the_case() {
            refusesField(new PersonIsInTheCase(TEACHER, "pupil"), file(false), "pupil", RuleCode.PERSON_NOT_IN_CASE);
            allows(() -> new PersonIsInTheCase(VICTIM, "pupil").check(file(false)));
        }

        @Test
        void a_person_is_linked_once() {
            refuses(new APersonIsLinkedOnce(VICTIM), file(false), RuleCode.PERSON_ALREADY_LINKED);
            allows(() -> new APersonIsLinkedOnce(TEACHER).check(file(false)));
        }

        @Test
        void only_staff_get_the_staff_member_role() {
            refusesField(new StaffRoleIsForStaff(SENDER, PersonRole.STAFF_MEMBER), file(false), "role",
                    RuleCode.STAFF_MEMBER_ROLE_FOR_STAFF_ONLY);
            allows(() -> new StaffRoleIsForStaff(TEACHER, PersonRole.STAFF_MEMBER).check(file(false, staffMemberLinked())));
        }

        @Test
        void the_victims_step_is_for_the_victim() {
            assertThatThrownBy(() -> new PersonHasRole(SENDER, PersonRole.VICTIM).check(file(false)))
                    .isInstanceOfSatisfying(ProtocolViolation.class,
                            v -> assertThat(v.params()).isEqualTo(Map.of("role", "victim")));
            allows(() -> new PersonHasRole(VICTIM, PersonRole.VICTIM).check(file(false)));
        }

        @Test
        void perpetrators_steps_are_for_senders_and_forwarders() {
            refuses(new IsAPerpetrator(VICTIM), file(false), RuleCode.NOT_A_PERPETRATOR);
            allows(() -> new IsAPerpetrator(SENDER).check(file(false)));
        }
    }

    @Nested
    class MinorNudeTest {
        @Test
        void the_offence_is_explained_to_each_perpetrator() {
            refuses(new OffenceMustBeExplained(false), file(true), RuleCode.OFFENCE_MUST_BE_EXPLAINED);
            allows(() -> new OffenceMustBeExplained(true).check(file(true)));
            allows(() -> new OffenceMustBeExplained(false).check(file(false)));
        }

        @Test
        void police_contact_is_neither_skipped_nor_left_open_at_the_close() {
            refuses(new PoliceContactIsMandatory(ProtocolStep.POLICE_CONTACT), file(true), RuleCode.POLICE_CONTACT_CANNOT_BE_SKIPPED);
            refuses(PoliceContactIsMandatory.beforeClosing(), file(true), RuleCode.POLICE_CONTACT_BEFORE_CLOSING);
            allows(() -> new PoliceContactIsMandatory(ProtocolStep.TEAM_BRIEFING).check(file(true)));
            allows(() -> new PoliceContactIsMandatory(ProtocolStep.POLICE_CONTACT).check(file(false)));
            allows(() -> PoliceContactIsMandatory.beforeClosing().check(file(false)));
        }
    }

    @Nested
    class StaffMemberTest {
        @Test
        void a_staff_member_is_not_sanctioned_as_a_pupil() {
            refuses(new StaffMemberIsNotSanctionedAsPupil(TEACHER), file(false, staffMemberLinked()),
                    RuleCode.STAFF_MEMBER_NOT_SANCTIONED_AS_PUPIL);
            allows(() -> new StaffMemberIsNotSanctionedAsPupil(SENDER).check(file(false)));
        }

        @Test
        void the_reporting_duty_needs_a_staff_member() {
            refuses(new ReportingDutyNeedsAStaffMember(), file(false), RuleCode.NO_STAFF_MEMBER_INVOLVED);
            allows(() -> new ReportingDutyNeedsAStaffMember().check(file(false, staffMemberLinked(),
                    new ReportingDutyTrackOpened(CASE, AT, TEACHER))));
        }
    }

    @Nested
    class GuardiansAndNamesTest {
        @Test
        void guardians_hear_what_fits_their_child() {
            refuses(new GuardiansHearWhatFitsTheirChild(VICTIM, GuardianFact.SANCTION_IMPOSED), file(false),
                    RuleCode.GUARDIAN_FACT_DOES_NOT_FIT);
            refuses(new GuardiansHearWhatFitsTheirChild(SENDER, GuardianFact.MEASURES_TAKEN), file(false),
                    RuleCode.GUARDIAN_FACT_DOES_NOT_FIT);
            allows(() -> new GuardiansHearWhatFitsTheirChild(VICTIM, GuardianFact.POLICE_REPORTING_OPTION).check(file(false)));
            allows(() -> new GuardiansHearWhatFitsTheirChild(SENDER, GuardianFact.SANCTION_IMPOSED).check(file(false)));
        }

        @Test
        void pupils_are_not_named_unless_the_leader_chose_to() {
            PupilsAreNotNamed rule = new PupilsAreNotNamed("text", "P-2 was suspended", RuleCode.PRESS_STATEMENT_NAMES_A_PUPIL);
            refusesField(rule, file(false), "text", RuleCode.PRESS_STATEMENT_NAMES_A_PUPIL);
            allows(() -> rule.unless(true).check(file(false)));
            allows(() -> new PupilsAreNotNamed("text", "A pupil was suspended", RuleCode.PRESS_STATEMENT_NAMES_A_PUPIL).check(file(false)));
        }
    }

    @Nested
    class StepsAndClosingTest {
        final CaseFact victimHeard = new VictimInterviewed(CASE, AT, VICTIM, false, List.of(), null, false, null);

        @Test
        void a_step_taken_is_not_skipped_afterwards() {
            refuses(new AStepIsTakenOrSkipped(ProtocolStep.VICTIM_CONVERSATION), file(false, victimHeard), RuleCode.STEP_ALREADY_TAKEN);
            allows(() -> new AStepIsTakenOrSkipped(ProtocolStep.VICTIM_CONVERSATION).check(file(false)));
        }

        @Test
        void closing_needs_every_required_step_or_a_reason_and_a_blank_is_none() {
            Map<ProtocolStep, String> reasons = new EnumMap<>(ProtocolStep.class);
            reasons.put(ProtocolStep.PERPETRATOR_CONVERSATIONS, "left the school");
            reasons.put(ProtocolStep.SANCTIONS, "left the school");
            reasons.put(ProtocolStep.DISTRIBUTION_BAN, "never shared");
            reasons.put(ProtocolStep.TEAM_BRIEFING, " ");
            assertThatThrownBy(() -> new ClosingNeedsEveryStepOrAReason(reasons).check(file(false, victimHeard)))
                    .isInstanceOfSatisfying(ProtocolIncomplete.class,
                            v -> assertThat(v.unexplained()).containsExactly(ProtocolStep.TEAM_BRIEFING));
            reasons.put(ProtocolStep.TEAM_BRIEFING, "discretion");
            allows(() -> new ClosingNeedsEveryStepOrAReason(reasons).check(file(false, victimHeard)));
        }
    }

    @Nested
    class ErasureTest {
        @Test
        void no_erasure_under_legal_hold_nor_of_someone_outside_the_case() {
            refuses(new ErasureIsAllowed(null), file(false, new LegalHoldPlaced(CASE, AT, null)), RuleCode.LEGAL_HOLD);
            refusesField(new ErasureIsAllowed(TEACHER), file(false), "subject", RuleCode.ERASURE_SUBJECT_NOT_IN_CASE);
            allows(() -> new ErasureIsAllowed(VICTIM).check(file(false)));
        }
    }
}
