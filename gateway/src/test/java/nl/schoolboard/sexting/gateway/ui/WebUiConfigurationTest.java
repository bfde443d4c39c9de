package nl.schoolboard.sexting.gateway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebUiConfigurationTest {

    @Test
    void the_routes_of_the_ui_are_pages() {
        for (String path : new String[] {"/", "/cases", "/cases/abc", "/cases/abc/team-briefing", "/report", "/inbox",
                "/dashboard", "/audit", "/me", "/login/callback", "/apis", "/actuators/x", "/cases/v1.2/x"}) {
            assertThat(WebUiConfiguration.isPageOfTheUi(path)).as(path).isTrue();
        }
    }

    @Test
    void the_api_actuator_and_files_are_not() {
        for (String path : new String[] {"/api", "/api/", "/api/cases", "/actuator", "/actuator/health",
                "/index.html", "/assets/index-abc.js", "/favicon.svg", "/cases/abc/report.pdf", "/ui-config.json"}) {
            assertThat(WebUiConfiguration.isPageOfTheUi(path)).as(path).isFalse();
        }
    }
}
