package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static nl.schoolboard.sexting.notification.TestCaseEvents.PERPETRATOR_REF;
import static nl.schoolboard.sexting.notification.TestCaseEvents.VICTIM_REF;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.PERPETRATOR_GUARDIAN;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.VICTIM_GUARDIAN_EN;
import static nl.schoolboard.sexting.notification.rules.RuleFixtures.VICTIM_GUARDIAN_NL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardiansInformedRuleTest {

    private final GuardiansInformedRule rule = new GuardiansInformedRule(
            RuleFixtures.parentMail(RuleFixtures.directory()), RuleFixtures.LETTERS,
            new nl.schoolboard.sexting.notification.letters.InMemorySanctionDecisions());

    @Test
    void the_guardians_of_the_pupil_get_the_message_for_the_fact_each_in_their_language() {
        List<Notice> notices = rule.noticesFor(
                TestCaseEvents.guardiansInformed("case-3", VICTIM_REF, "POLICE_REPORTING_OPTION"));

        assertThat(notices).extracting(n -> n.recipient().address())
                .containsExactly(VICTIM_GUARDIAN_NL, VICTIM_GUARDIAN_EN);
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.GUARDIANS_POLICE_REPORTING_OPTION);
            assertThat(notice.channel()).isEqualTo(Channel.EMAIL);
            assertThat(notice.recipient().kind()).isEqualTo(RecipientKind.GUARDIAN);
            assertThat(notice.recipient().ref()).isEqualTo("guardians of " + VICTIM_REF);
            assertThat(notice.message().link()).as("parents do not log in").isNull();
        });
        assertThat(notices.get(0).message().subject()).isEqualTo("Bericht van school: melding of aangifte bij de politie");
        assertThat(notices.get(0).message().body()).startsWith("Beste Mevrouw Jansen,").contains("0900-8844");
        assertThat(notices.get(1).message().subject()).isEqualTo("Message from school: reporting to the police");
        assertThat(notices.get(1).message().body()).startsWith("Dear parent or guardian,");
    }

    @ParameterizedTest
    @CsvSource({
            "MEASURES_TAKEN, GUARDIANS_MEASURES_TAKEN, Bericht van school: de maatregelen van de school, "
                    + "Message from school: the measures the school has taken",
            "POLICE_REPORTING_OPTION, GUARDIANS_POLICE_REPORTING_OPTION, "
                    + "Bericht van school: melding of aangifte bij de politie, "
                    + "Message from school: reporting to the police",
            "SANCTION_IMPOSED, GUARDIANS_SANCTION_IMPOSED, Bericht van school: een maatregel voor uw kind, "
                    + "Message from school: a sanction for your child"})
    void each_fact_has_its_own_message_in_dutch_and_english(String fact, MessageKind kind, String dutch,
                                                            String english) {
        List<Notice> notices = rule.noticesFor(TestCaseEvents.guardiansInformed("case-3", VICTIM_REF, fact));

        assertThat(notices).extracting(Notice::kind).containsOnly(kind);
        assertThat(notices).extracting(n -> n.message().subject()).containsExactly(dutch, english);
    }

    @ParameterizedTest
    @CsvSource({"MEASURES_TAKEN", "POLICE_REPORTING_OPTION", "SANCTION_IMPOSED"})
    void a_parent_message_names_no_pupil_and_carries_no_pupil_reference_not_even_of_their_own_child(String fact) {
        CaseEvent event = TestCaseEvents.guardiansInformed("case-3", PERPETRATOR_REF, fact);

        List<Notice> notices = rule.noticesFor(event);

        assertThat(notices).isNotEmpty().allSatisfy(notice -> {
            String everything = RuleFixtures.everything(notice);
            for (String word : TestCaseEvents.NEVER_IN_A_MESSAGE) {
                assertThat(everything).doesNotContainIgnoringCase(word);
            }
            assertThat(everything).doesNotContain("case-3").doesNotContain("P-");
            assertThat(notice.message().body()).containsAnyOf("uw kind", "your child");
        });
    }

    @Test
    void the_guardians_of_other_pupils_are_not_told() {
        assertThat(rule.noticesFor(TestCaseEvents.guardiansInformed("case-3", PERPETRATOR_REF, "SANCTION_IMPOSED")))
                .extracting(n -> n.recipient().address()).containsExactly(PERPETRATOR_GUARDIAN);
    }

    @Test
    void a_pupil_without_guardians_in_the_directory_gives_one_unreachable_notice_so_the_failure_shows() {
        List<Notice> notices = rule.noticesFor(TestCaseEvents.guardiansInformed("case-3", "P-7", "MEASURES_TAKEN"));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.reachable()).isFalse();
            assertThat(notice.recipient().ref()).isEqualTo("guardians of P-7");
            assertThat(notice.recipient().language()).isEqualTo(Language.NL);
        });
    }

    @Test
    void a_fact_without_a_message_is_malformed_rather_than_silently_dropped() {
        assertThatThrownBy(() -> rule.noticesFor(TestCaseEvents.guardiansInformed("case-3", VICTIM_REF, "GOSSIP")))
                .isInstanceOf(MalformedCaseEvent.class).hasMessageContaining("GOSSIP");
    }
}
