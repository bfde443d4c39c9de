package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentReportedMailTest {

    private static final Recipient CARE = new Recipient(RecipientKind.CARE_STAFF, "zorg@school.example");

    private final MessageTemplates templates = new MessageTemplates();

    private IncidentReportedRule rule(String caseLinkBase, ContactDirectory directory) {
        return new IncidentReportedRule(directory, templates, new NotificationProperties("zorg@school.example",
                "meldpunt@bestuur.example", caseLinkBase,
                new NotificationProperties.Retry(Duration.ofSeconds(1), 2, Duration.ofSeconds(30), 5)));
    }

    private IncidentReportedRule rule() {
        return rule("http://localhost:8080/cases/", (board, school) -> List.of(CARE));
    }

    @Test
    void care_staff_get_a_dutch_mail_with_a_link_to_the_case() {
        List<Notice> notices = rule().noticesFor(TestCaseEvents.incidentReported("case-4711"));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(CARE);
            assertThat(notice.channel()).isEqualTo(Channel.EMAIL);
            assertThat(notice.message().subject()).isEqualTo("Nieuwe melding sexting — actie nodig");
            assertThat(notice.message().body())
                    .contains("nieuwe melding")
                    .contains("http://localhost:8080/cases/case-4711")
                    .doesNotContain("{{").doesNotContain("}}");
        });
    }

    @Test
    void the_mail_carries_nothing_from_the_payload_nor_who_reported_it() {
        CaseEvent event = TestCaseEvents.incidentReported("case-4711");

        Notice notice = rule().noticesFor(event).get(0);

        String everything = notice.message().subject() + "\n" + notice.message().body();
        for (String word : TestCaseEvents.PAYLOAD_WORDS) {
            assertThat(everything).as("mail text must not contain %s", word).doesNotContainIgnoringCase(word);
        }
        assertThat(everything).doesNotContain(event.actor().id());
    }

    @Test
    void the_report_time_is_given_in_dutch_school_time() {
        // RECORDED_AT is 08:30 UTC on 14 March 2025, 09:30 in the Netherlands
        Notice notice = rule().noticesFor(TestCaseEvents.incidentReported("case-4711")).get(0);

        assertThat(notice.message().body()).contains("14 maart 2025 om 09:30");
    }

    @Test
    void a_link_base_without_a_trailing_slash_still_gives_a_working_link() {
        IncidentReportedRule rule = rule("https://meldpunt.bestuur.example/cases", (board, school) -> List.of(CARE));

        Notice notice = rule.noticesFor(TestCaseEvents.incidentReported("case-4711")).get(0);

        assertThat(notice.message().body()).contains("https://meldpunt.bestuur.example/cases/case-4711");
    }

    @Test
    void a_case_id_is_encoded_as_one_path_segment_of_the_link() {
        Notice notice = rule().noticesFor(TestCaseEvents.incidentReported("a b/c")).get(0);

        assertThat(notice.message().body()).contains("http://localhost:8080/cases/a%20b%2Fc");
    }

    @Test
    void every_care_staff_member_of_the_school_gets_a_notice_and_nobody_else() {
        Recipient other = new Recipient(RecipientKind.CARE_STAFF, "ib@school.example");
        IncidentReportedRule rule = rule("http://localhost:8080/cases/", (board, school) ->
                school.equals(TestCaseEvents.SCHOOL) ? List.of(CARE, other) : List.of());

        assertThat(rule.noticesFor(TestCaseEvents.incidentReported("case-1")))
                .extracting(Notice::recipient).containsExactly(CARE, other);
    }

    @Test
    void only_incident_reports_reach_this_rule() {
        NotificationRules rules = new NotificationRules(List.of(rule()));

        assertThat(rules.noticesFor(TestCaseEvents.otherEvent("case-1"))).isEmpty();
        assertThat(rules.noticesFor(TestCaseEvents.incidentReported("case-1"))).hasSize(1);
    }
}
