package nl.schoolboard.sexting.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schoolboard.sexting.platform.issuer.TrustsDevelopmentIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway under the production profile does not start while it trusts the development issuer (whose
 * {@code POST /dev/tokens} mints a token for anyone): the same guard from platform as in the servlet services, here in
 * the reactive application.
 */
class ProductionRefusesDevelopmentIssuerIT {

    @Test
    void refuses_to_start_in_production_with_the_issuer_and_keys_of_docker_compose() {
        assertThatThrownBy(() -> gateway("--spring.profiles.active=prod",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9000",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://dev-issuer:9000/oauth2/jwks").close())
                .isInstanceOf(TrustsDevelopmentIssuer.class)
                .hasMessageContaining("Refusing to start under the 'prod' profile")
                .hasMessageContaining("issuer-uri=http://localhost:9000 is the development issuer");
    }

    @Test
    void starts_in_production_with_the_boards_own_provider() {
        try (ConfigurableApplicationContext gateway = gateway("--spring.profiles.active=prod",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.ISSUER + "/oauth2/jwks")) {
            assertThat(gateway.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext gateway(String... arguments) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run(arguments);
    }
}
