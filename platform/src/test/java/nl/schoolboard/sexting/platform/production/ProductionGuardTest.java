package nl.schoolboard.sexting.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Starts a servlet application the way every service starts (through spring.factories, nothing registered by hand)
 * and watches the guard refuse a production start that trusts the development issuer or lacks the issuer. The
 * reactive gateway has the same check in its own {@code ProductionRefusesDevelopmentValuesIT}; the rules for
 * single settings are in {@link ProductionSettingTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionGuardTest {

    private static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    private static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    @Test
    void refuses_a_production_start_that_trusts_the_development_issuer_and_says_what_to_do(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--" + ISSUER_URI + "=http://localhost:9000")
                .close())
                .isInstanceOf(UnfitForProduction.class)
                .hasMessageContaining("Refusing to start under the 'prod' profile")
                .hasMessageContaining(ISSUER_URI + "=http://localhost:9000 is the development issuer");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("  - " + ISSUER_URI + "=http://localhost:9000 is the development issuer")
                .contains("the board's own OIDC provider")
                .contains("docs/production.md");
    }

    @Test
    void refuses_a_production_start_that_fetches_its_keys_from_the_development_issuer() {
        // as in docker-compose.yml: the issuer named as the browser sees it, the keys fetched inside the network
        assertThatThrownBy(() -> start("--spring.profiles.active=cloud,prod",
                "--" + ISSUER_URI + "=https://login.board.example", "--" + JWK_SET_URI
                        + "=http://dev-issuer:9000/oauth2/jwks").close())
                .isInstanceOf(UnfitForProduction.class)
                .hasMessageContaining(JWK_SET_URI + "=http://dev-issuer:9000/oauth2/jwks");
    }

    @Test
    void refuses_a_production_start_without_an_issuer() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod").close())
                .isInstanceOf(UnfitForProduction.class)
                .hasMessageContaining(ISSUER_URI + " is not set");
    }

    @Test
    void starts_in_production_with_the_boards_own_provider() {
        try (ConfigurableApplicationContext service = start("--spring.profiles.active=prod",
                "--" + ISSUER_URI + "=https://login.board.example/realms/board")) {
            assertThat(service.isActive()).isTrue();
        }
    }

    @Test
    void starts_with_the_development_issuer_outside_production() {
        try (ConfigurableApplicationContext service = start("--" + ISSUER_URI + "=http://localhost:9000",
                "--" + JWK_SET_URI + "=http://dev-issuer:9000/oauth2/jwks")) {
            assertThat(service.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(AServletService.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run(arguments);
    }

    @Configuration(proxyBeanMethods = false)
    @Import(ServletWebServerFactoryAutoConfiguration.class)
    static class AServletService {
    }
}
