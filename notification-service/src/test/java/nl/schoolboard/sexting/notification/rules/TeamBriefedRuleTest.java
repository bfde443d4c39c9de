package nl.schoolboard.sexting.notification.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.schoolboard.sexting.notification.rules.RuleFixtures.LINKS;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.TEACHER_1;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.TEACHER_2;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.TEMPLATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamBriefedRuleTest {

    private final TeamBriefedRule rule = new TeamBriefedRule(RuleFixtures.directory(), TEMPLATES, LINKS);

    private static List<Notice> over(List<Notice> notices, Channel channel) {
        return notices.stream().filter(n -> n.channel() == channel).toList();
    }

    @Test
    void exactly_the_briefed_staff_get_a_mail_and_an_inbox_item_and_nobody_else() {
        List<Notice> notices = rule.noticesFor(TestCaseEvents.teamBriefed("case-7", List.of("S-1", "S-2"),
                "NOT_DISCUSSED", null));

        assertThat(over(notices, Channel.EMAIL)).extracting(n -> n.recipient().address())
                .containsExactly(TEACHER_1, TEACHER_2);
        assertThat(over(notices, Channel.INBOX)).extracting(n -> n.recipient().ref()).containsExactly("S-1", "S-2");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.TEAM_BRIEFING);
            assertThat(notice.kind().isAlert()).isFalse();
            assertThat(notice.recipient().kind()).isEqualTo(RecipientKind.TEAM_MEMBER);
        });
    }

    @Test
    void the_mail_says_a_briefing_is_waiting_and_links_to_it_in_the_language_of_each() {
        List<Notice> notices = rule.noticesFor(TestCaseEvents.teamBriefed("case-7", List.of("S-1", "S-2"),
                "CLASS_LESSON", null));

        Notice dutch = over(notices, Channel.EMAIL).get(0);
        assertThat(dutch.message().subject()).isEqualTo("Briefing voor het team over een incident op school");
        assertThat(dutch.message().body())
                .contains("http://localhost:8080/cases/case-7/team-briefing")
                .contains("Afgesproken is dat er in de klas een les over wordt gegeven.")
                .doesNotContain("U bent gevraagd");
        assertThat(dutch.message().link()).isEqualTo("http://localhost:8080/cases/case-7/team-briefing");
        Notice english = over(notices, Channel.EMAIL).get(1);
        assertThat(english.message().subject()).isEqualTo("Briefing for the team about an incident at school");
        assertThat(english.message().body()).contains("It has been agreed that a lesson about it is given in class.");
    }

    @Test
    void the_one_who_leads_the_class_discussion_is_told_so() {
        List<Notice> notices = rule.noticesFor(TestCaseEvents.teamBriefed("case-7", List.of("S-1", "S-2"),
                "MENTOR_CONVERSATION", "S-1"));

        assertThat(over(notices, Channel.EMAIL).get(0).message().body())
                .contains("U bent gevraagd het gesprek in de klas te leiden.");
        assertThat(over(notices, Channel.EMAIL).get(1).message().body())
                .doesNotContain("You have been asked to lead");
    }

    @Test
    void no_pupil_reference_and_no_shared_text_reaches_the_mail_even_if_a_producer_leaked_it() {
        CaseEvent event = TestCaseEvents.teamBriefed("case-7", List.of("S-1"), "NOT_DISCUSSED", null);
        ((ObjectNode) event.payload()).put("sharedSummary", "Jan de Vries (" + TestCaseEvents.VICTIM_REF + ")");
        ((ObjectNode) event.payload()).putArray("pupils").add(TestCaseEvents.PERPETRATOR_REF);

        for (Notice notice : rule.noticesFor(event)) {
            String everything = RuleFixtures.everything(notice);
            for (String word : TestCaseEvents.NEVER_IN_A_MESSAGE) {
                assertThat(everything).doesNotContainIgnoringCase(word);
            }
        }
    }

    @Test
    void a_briefed_staff_member_the_directory_does_not_know_still_gets_the_inbox_item() {
        List<Notice> notices = rule.noticesFor(TestCaseEvents.teamBriefed("case-7", List.of("S-9"), "NOT_DISCUSSED",
                null));

        assertThat(notices).hasSize(2).allSatisfy(notice ->
                assertThat(notice.recipient()).isEqualTo(new Recipient(RecipientKind.TEAM_MEMBER, "S-9", null,
                        Language.NL)));
        assertThat(over(notices, Channel.EMAIL)).singleElement()
                .satisfies(notice -> assertThat(notice.reachable()).isFalse());
        assertThat(over(notices, Channel.INBOX)).singleElement()
                .satisfies(notice -> assertThat(notice.reachable()).isTrue());
    }

    @Test
    void someone_named_twice_is_told_once() {
        assertThat(rule.noticesFor(TestCaseEvents.teamBriefed("case-7", List.of("S-1", "S-1"), "NOT_DISCUSSED",
                null))).hasSize(2);
    }

    @Test
    void a_briefing_without_staff_is_malformed() {
        assertThatThrownBy(() -> rule.noticesFor(TestCaseEvents.teamBriefed("case-7", List.of(), "NOT_DISCUSSED",
                null))).isInstanceOf(MalformedCaseEvent.class).hasMessageContaining("lacks staff");
    }
}
