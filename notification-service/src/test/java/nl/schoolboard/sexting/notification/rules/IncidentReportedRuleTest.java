package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.notification.InMemoryDirectory;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.schoolboard.sexting.notification.TestCaseEvents.BOARD;
import static nl.schoolboard.sexting.notification.TestCaseEvents.SCHOOL;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.CARE_STAFF;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.COORDINATOR;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.LEADER;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.TEMPLATES;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentReportedRuleTest {

    private static NotificationRule rule(InMemoryDirectory directory) {
        return RuleFixtures.alerts(directory)::incidentReported;
    }

    private static Notice to(List<Notice> notices, String address) {
        return notices.stream().filter(n -> address.equals(n.recipient().address())).findFirst().orElseThrow();
    }

    @Test
    void the_school_leader_and_the_care_coordinator_get_a_mail_each_and_nobody_else() {
        List<Notice> notices = rule(RuleFixtures.directory()).noticesFor(TestCaseEvents.incidentReported("case-4711"));

        assertThat(notices).extracting(n -> n.recipient().address()).containsExactlyInAnyOrder(LEADER, COORDINATOR);
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.channel()).isEqualTo(Channel.EMAIL);
            assertThat(notice.kind()).isEqualTo(MessageKind.INCIDENT_REPORTED);
            assertThat(notice.kind().isAlert()).isTrue();
            assertThat(notice.message().body()).contains("http://localhost:8080/cases/case-4711")
                    .doesNotContain("{{").doesNotContain("}}");
        });
        assertThat(to(notices, LEADER).recipient())
                .isEqualTo(new Recipient(RecipientKind.SCHOOL_LEADER, "L-1", LEADER, Language.NL));
        assertThat(to(notices, COORDINATOR).recipient())
                .isEqualTo(new Recipient(RecipientKind.CARE_COORDINATOR, "C-1", COORDINATOR, Language.EN));
    }

    @Test
    void each_reads_it_in_their_own_language_with_the_time_in_dutch_school_time() {
        // RECORDED_AT is 08:30 UTC on 14 March 2025, 09:30 in the Netherlands
        List<Notice> notices = rule(RuleFixtures.directory()).noticesFor(TestCaseEvents.incidentReported("case-4711"));

        Notice dutch = to(notices, LEADER);
        assertThat(dutch.message().subject()).isEqualTo("Nieuwe melding sexting — actie nodig");
        assertThat(dutch.message().body()).contains("14 maart 2025 om 09:30");
        Notice english = to(notices, COORDINATOR);
        assertThat(english.message().subject()).isEqualTo("New sexting report — action needed");
        assertThat(english.message().body()).contains("14 March 2025 at 09:30");
    }

    @Test
    void the_mail_carries_nothing_from_the_payload_nor_who_reported_it() {
        CaseEvent event = TestCaseEvents.incidentReported("case-4711");

        for (Notice notice : rule(RuleFixtures.directory()).noticesFor(event)) {
            String everything = RuleFixtures.everything(notice);
            for (String word : TestCaseEvents.PAYLOAD_WORDS) {
                assertThat(everything).as("mail text must not contain %s", word).doesNotContainIgnoringCase(word);
            }
            assertThat(everything).doesNotContain(event.actor().id());
        }
    }

    @Test
    void a_school_that_listed_no_leader_or_coordinator_is_told_at_the_configured_care_staff_address() {
        InMemoryDirectory onlyTeachers = new InMemoryDirectory()
                .staff(BOARD, SCHOOL, "S-1", "s1@school.example", Language.EN, StaffRole.TEAM_MEMBER,
                        StaffRole.CONFIDENTIAL_COUNSELLOR);

        for (InMemoryDirectory directory : List.of(new InMemoryDirectory(), onlyTeachers)) {
            assertThat(rule(directory).noticesFor(TestCaseEvents.incidentReported("case-1"))).singleElement()
                    .satisfies(notice -> {
                        assertThat(notice.recipient()).isEqualTo(new Recipient(RecipientKind.CARE_STAFF, CARE_STAFF));
                        assertThat(notice.message().subject()).isEqualTo("Nieuwe melding sexting — actie nodig");
                    });
        }
    }

    @Test
    void someone_who_is_leader_and_coordinator_gets_one_mail_as_school_leader() {
        InMemoryDirectory directory = new InMemoryDirectory()
                .staff(BOARD, SCHOOL, "L-1", LEADER, Language.NL, StaffRole.CARE_COORDINATOR, StaffRole.SCHOOL_LEADER)
                .staff(BOARD, SCHOOL, "L-2", LEADER.toUpperCase(), Language.NL, StaffRole.CARE_COORDINATOR);

        assertThat(rule(directory).noticesFor(TestCaseEvents.incidentReported("case-1"))).singleElement()
                .satisfies(notice -> assertThat(notice.recipient().kind()).isEqualTo(RecipientKind.SCHOOL_LEADER));
    }

    @Test
    void another_school_of_the_board_is_not_told() {
        CaseEvent otherSchool = TestCaseEvents.incidentReported("case-1");

        assertThat(rule(RuleFixtures.directory()).noticesFor(otherSchool))
                .noneMatch(n -> n.recipient().address().contains("andere-school"));
    }

    @Test
    void a_link_base_without_a_trailing_slash_still_gives_a_working_link_and_the_case_id_is_one_segment() {
        NotificationRule rule = new CaseAlerts(new InMemoryDirectory(), FallbackMailboxes.forEveryBoard(CARE_STAFF),
                TEMPLATES, new CaseLinks("https://meldpunt.bestuur.example/cases"))::incidentReported;

        assertThat(rule.noticesFor(TestCaseEvents.incidentReported("case-4711")).get(0).message().body())
                .contains("https://meldpunt.bestuur.example/cases/case-4711");
        assertThat(rule.noticesFor(TestCaseEvents.incidentReported("a b/c")).get(0).message().link())
                .isEqualTo("https://meldpunt.bestuur.example/cases/a%20b%2Fc");
    }

    @Test
    void only_incident_reports_reach_this_rule() {
        NotificationRules rules = new NotificationRules(
                Map.of(CaseEventType.INCIDENT_REPORTED, rule(RuleFixtures.directory())));

        assertThat(rules.noticesFor(TestCaseEvents.otherEvent("case-1"))).isEmpty();
        assertThat(rules.noticesFor(TestCaseEvents.incidentReported("case-1"))).hasSize(2);
    }
}
