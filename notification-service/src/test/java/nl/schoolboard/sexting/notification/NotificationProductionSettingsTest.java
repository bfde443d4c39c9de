package nl.schoolboard.sexting.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.schoolboard.sexting.platform.production.ProductionSetting;
import nl.schoolboard.sexting.platform.production.ProductionSettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

/** The local stack's mail settings are refused in production, the board's own are not; the guard finds the list. */
class NotificationProductionSettingsTest {

    private final List<ProductionSetting> settings = new NotificationProductionSettings().settings();

    @Test
    void the_local_stacks_mail_settings_are_each_refused() {
        MockEnvironment localStack = new MockEnvironment()
                .withProperty("spring.mail.host", "localhost")
                .withProperty("notification.sender-address", "meldpunt-sexting@schoolbestuur.example")
                .withProperty("notification.case-link-base", "http://localhost:8080/cases/");

        assertThat(settings).allSatisfy(setting -> assertThat(setting.refusal(localStack)).as(setting.property())
                .isNotNull());
    }

    @Test
    void the_boards_own_relay_with_an_account_over_tls_and_its_own_addresses_will_do() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.bestuur.nl")
                .withProperty("spring.mail.username", "meldpunt")
                .withProperty("spring.mail.password", "from-the-secret-store")
                .withProperty("spring.mail.properties.mail.smtp.starttls.required", "true")
                .withProperty("notification.sender-address", "meldpunt-sexting@bestuur.nl")
                .withProperty("notification.case-link-base", "https://meldpunt.bestuur.nl/cases/");

        assertThat(settings).allSatisfy(setting -> assertThat(setting.refusal(production)).as(setting.property())
                .isNull());
    }

    @Test
    void the_production_guard_finds_them_beside_platforms_own() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(ProductionSettings.class))
                .hasAtLeastOneElementOfType(NotificationProductionSettings.class)
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
