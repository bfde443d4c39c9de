package nl.schoolboard.sexting.platform.production;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingTest {

    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void an_address_on_this_machine_a_development_stand_in_or_an_example_domain_is_refused_and_shown() {
        ProductionSetting smtp = ProductionSetting.realAddress("spring.mail.host", "the board's mail relay");

        for (String development : List.of("localhost", "127.0.0.1", "::1", "mailpit", "smtp.bestuur.example",
                "http://localhost:8080/cases/")) {
            environment.setProperty("spring.mail.host", development);
            assertThat(smtp.refusal(environment)).as(development).isEqualTo("=" + development
                    + " is the development or example address, not production's");
        }
        environment.setProperty("spring.mail.host", "smtp.bestuur.nl");
        assertThat(smtp.refusal(environment)).isNull();
        assertThat(smtp.refusal(new MockEnvironment())).isEqualTo("is not set");
    }

    /** A kind of setting, a value it refuses (and why) and a value production may hold. */
    static Stream<Arguments> values_production_must_not_hold() {
        return Stream.of(
                argumentSet("a link a mail carries is https",
                        ProductionSetting.realHttpsAddress("notification.case-link-base", "case links"),
                        "http://meldpunt.bestuur.nl/cases/", "is not https", "https://meldpunt.bestuur.nl/cases/"),
                argumentSet("a sender at an example domain is refused",
                        ProductionSetting.realMailAddress("notification.sender-address", "sender"),
                        "meldpunt-sexting@schoolbestuur.example", "is an example address",
                        "Meldpunt <meldpunt@bestuur.nl>"));
    }

    @ParameterizedTest
    @MethodSource("values_production_must_not_hold")
    void a_value_production_must_not_hold_is_refused_and_a_real_one_passes(ProductionSetting setting, String unfit,
                                                                             String why, String fit) {
        environment.setProperty(setting.property(), unfit);
        assertThat(setting.refusal(environment)).contains(why);
        environment.setProperty(setting.property(), fit);
        assertThat(setting.refusal(environment)).isNull();
    }

    @Test
    void a_secret_must_be_set_and_is_never_repeated_in_a_refusal() {
        ProductionSetting password = ProductionSetting.secret("spring.mail.password", "SMTP password");

        assertThat(password.refusal(environment)).isEqualTo("is not set");
        environment.setProperty("spring.mail.password", "s3cret");
        assertThat(password.refusal(environment)).isNull();
        environment.setProperty("spring.mail.password", " ");
        assertThat(password.refusal(environment)).isEqualTo("is not set");
    }

    @Test
    void one_of_two_ways_will_do() {
        ProductionSetting tls = ProductionSetting.switchedOn("TLS", "mail.starttls", "mail.ssl");

        assertThat(tls.property()).isEqualTo("mail.starttls or mail.ssl");
        assertThat(tls.refusal(environment)).isEqualTo("is not true");
        environment.setProperty("mail.ssl", "true");
        assertThat(tls.refusal(environment)).isNull();
        assertThat(ProductionSetting.anyOf("key", "a", "b").refusal(environment)).isEqualTo("none is set");
    }
}
