package nl.schoolboard.sexting.notification.templates;

import org.junit.jupiter.api.Test;

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
}
