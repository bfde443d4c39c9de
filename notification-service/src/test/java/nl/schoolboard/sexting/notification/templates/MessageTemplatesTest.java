package nl.schoolboard.sexting.notification.templates;

import nl.schoolboard.sexting.notification.delivery.MessageKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates();

    @Test
    void a_template_gives_its_first_line_as_subject_and_the_rest_as_body() {
        RenderedTemplate text = templates.render("test-greeting", MessageTemplates.DUTCH,
                Map.of("name", "Sam", "when", "morgen"));

        assertThat(text.subject()).isEqualTo("Hallo Sam");
        assertThat(text.body()).isEqualTo("Beste Sam,\ntot morgen.\n");
    }

    @Test
    void a_missing_value_stops_the_rendering_instead_of_leaving_a_hole() {
        assertThatThrownBy(() -> templates.render("test-greeting", MessageTemplates.DUTCH, Map.of("name", "Sam")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("when");
    }

    @Test
    void a_language_with_its_own_template_gets_it_and_others_fall_back_to_dutch() {
        Map<String, String> values = Map.of("name", "Sam", "when", "tomorrow");

        assertThat(templates.render("test-greeting", Locale.ENGLISH, values).subject()).isEqualTo("Hello Sam");
        assertThat(templates.render("test-greeting", Locale.GERMAN, values).subject()).isEqualTo("Hallo Sam");
    }

    @Test
    void an_unknown_template_is_an_error() {
        assertThatThrownBy(() -> templates.render("no-such-template", MessageTemplates.DUTCH, Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-template");
    }

    @Test
    void the_incident_template_asks_for_the_link_and_the_time_only() {
        RenderedTemplate text = templates.render("incident-reported", MessageTemplates.DUTCH,
                Map.of("caseLink", "http://x/cases/1", "reportedAt", "1 april 2025 om 10:00"));

        assertThat(text.subject()).isEqualTo("Nieuwe melding sexting — actie nodig");
        assertThat(text.body()).contains("http://x/cases/1").contains("1 april 2025 om 10:00");
    }

    @Test
    void every_message_kind_has_a_dutch_and_an_english_template_file() {
        for (MessageKind kind : MessageKind.values()) {
            for (String language : List.of("nl", "en")) {
                assertThat(new ClassPathResource("templates/" + kind.template() + "." + language + ".txt").exists())
                        .as("%s in %s", kind, language).isTrue();
            }
        }
    }

    @Test
    void labels_come_in_the_readers_language_and_fall_back_to_dutch() {
        assertThat(templates.label("step.POLICE_CONTACT", Locale.ENGLISH)).contains("Contact with the police");
        assertThat(templates.label("step.POLICE_CONTACT", MessageTemplates.DUTCH)).contains("Contact met de politie");
        assertThat(templates.label("step.POLICE_CONTACT", Locale.GERMAN)).contains("Contact met de politie");
        assertThat(templates.label("step.NO_SUCH_STEP", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void every_protocol_step_has_a_name_in_both_languages() {
        List<String> steps = List.of("VICTIM_CONVERSATION", "PERPETRATOR_CONVERSATIONS", "SANCTIONS", "POLICE_CONTACT",
                "REPORTING_OPTION_EXPLAINED", "EVIDENCE_LOCATION", "DISTRIBUTION_BAN", "TEAM_BRIEFING",
                "PRESS_READINESS", "BOARD_INFORMED", "CONFIDENTIAL_INSPECTOR_CONSULTED", "AANGIFTE_DECISION");
        for (String step : steps) {
            assertThat(templates.label("step." + step, Locale.ENGLISH)).as(step).isPresent()
                    .isNotEqualTo(templates.label("step." + step, MessageTemplates.DUTCH));
        }
    }

    @Test
    void a_moment_is_written_in_school_time_in_the_readers_language() {
        Instant moment = Instant.parse("2025-07-01T10:05:00Z");

        assertThat(templates.moment(moment, MessageTemplates.DUTCH)).isEqualTo("1 juli 2025 om 12:05");
        assertThat(templates.moment(moment, Locale.ENGLISH)).isEqualTo("1 July 2025 at 12:05");
    }
}
