package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.notification.InMemoryDirectory;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static nl.schoolboard.sexting.notification.TestCaseEvents.BOARD;
import static nl.schoolboard.sexting.notification.TestCaseEvents.SCHOOL;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.COORDINATOR;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.LEADER;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.TEMPLATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepOverdueRuleTest {

    private static final Instant DUE = Instant.parse("2025-03-17T08:30:00Z");

    private static NotificationRule rule(InMemoryDirectory directory) {
        return RuleFixtures.alerts(directory)::stepOverdue;
    }

    @Test
    void the_school_leader_and_care_coordinator_are_alerted_with_the_step_its_due_time_and_a_link() {
        List<Notice> notices = rule(RuleFixtures.directory())
                .noticesFor(TestCaseEvents.stepOverdue("case-9", "VICTIM_CONVERSATION", DUE));

        assertThat(notices).extracting(n -> n.recipient().address()).containsExactlyInAnyOrder(LEADER, COORDINATOR);
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.STEP_OVERDUE);
            assertThat(notice.kind().isAlert()).isTrue();
            assertThat(notice.channel()).isEqualTo(Channel.EMAIL);
            assertThat(notice.message().link()).isEqualTo("http://localhost:8080/cases/case-9");
            assertThat(notice.message().body()).contains("http://localhost:8080/cases/case-9");
        });
        Notice dutch = notices.stream().filter(n -> n.recipient().kind() == RecipientKind.SCHOOL_LEADER)
                .findFirst().orElseThrow();
        assertThat(dutch.message().subject()).isEqualTo("Stap over tijd: Gesprek met het slachtoffer");
        assertThat(dutch.message().body()).contains("17 maart 2025 om 09:30");
        Notice english = notices.stream().filter(n -> n.recipient().kind() == RecipientKind.CARE_COORDINATOR)
                .findFirst().orElseThrow();
        assertThat(english.message().subject()).isEqualTo("Step overdue: Conversation with the victim");
        assertThat(english.message().body()).contains("17 March 2025 at 09:30");
    }

    @Test
    void the_alert_names_no_one_and_carries_no_pupil_reference() {
        for (Notice notice : rule(RuleFixtures.directory())
                .noticesFor(TestCaseEvents.stepOverdue("case-9", "SANCTIONS", DUE))) {
            String everything = RuleFixtures.everything(notice);
            for (String word : TestCaseEvents.NEVER_IN_A_MESSAGE) {
                assertThat(everything).doesNotContainIgnoringCase(word);
            }
        }
    }

    @Test
    void team_members_counsellors_and_guardians_are_not_alerted() {
        List<Notice> notices = rule(RuleFixtures.directory())
                .noticesFor(TestCaseEvents.stepOverdue("case-9", "TEAM_BRIEFING", DUE));

        assertThat(notices).extracting(n -> n.recipient().kind())
                .containsOnly(RecipientKind.SCHOOL_LEADER, RecipientKind.CARE_COORDINATOR);
    }

    @Test
    void a_school_without_a_leader_or_coordinator_in_the_directory_gets_no_overdue_alert() {
        InMemoryDirectory onlyTeachers = new InMemoryDirectory()
                .staff(BOARD, SCHOOL, "S-1", "s1@school.example", Language.NL, StaffRole.TEAM_MEMBER);

        assertThat(rule(onlyTeachers).noticesFor(TestCaseEvents.stepOverdue("case-9", "POLICE_CONTACT", DUE)))
                .isEmpty();
    }

    @Test
    void a_step_without_a_name_yet_is_shown_by_its_code() {
        Notice notice = rule(RuleFixtures.directory())
                .noticesFor(TestCaseEvents.stepOverdue("case-9", "NEW_STEP", DUE)).get(0);

        assertThat(notice.message().subject()).endsWith("new step");
    }

    @Test
    void an_unknown_schema_version_or_a_payload_without_step_is_malformed() {
        CaseEvent event = TestCaseEvents.stepOverdue("case-9", "SANCTIONS", DUE);
        CaseEvent newer = new CaseEvent(event.eventId(), event.type(), 2, event.occurredAt(), event.recordedAt(),
                event.boardId(), event.schoolId(), event.caseId(), event.caseVersion(), event.actor(),
                event.correlationId(), event.payload());
        CaseEvent stepless = TestCaseEvents.stepEvent("case-9", "StepBecameOverdue",
                nl.schoolboard.sexting.contracts.CaseEventJson.mapper().createObjectNode().put("dueAt", DUE.toString()));

        assertThatThrownBy(() -> rule(RuleFixtures.directory()).noticesFor(newer))
                .isInstanceOf(MalformedCaseEvent.class).hasMessageContaining("v2");
        assertThatThrownBy(() -> rule(RuleFixtures.directory()).noticesFor(stepless))
                .isInstanceOf(MalformedCaseEvent.class).hasMessageContaining("lacks step");
    }
}
